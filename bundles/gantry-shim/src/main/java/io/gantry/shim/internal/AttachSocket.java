package io.gantry.shim.internal;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A connection to conmon's attach socket (SOCK_SEQPACKET). Each packet from conmon is one byte naming the
 * stream (2 stdout, 3 stderr) and the data; what is written goes to the process's stdin. conmon closes the
 * process's stdin when this connection stops writing, by {@link #closeStdin()} or by {@link #close()}
 * (conmon cannot tell the two apart), unless it runs with --leave-stdin-open.
 */
final class AttachSocket implements StdioStream {
    private static final int STDOUT_PIPE = 2;
    private static final int STDERR_PIPE = 3;
    /** conmon reads at most CONN_SOCK_BUF_SIZE - 1 = 32767 bytes of a stdin packet. */
    private static final int MAX_STDIN_PACKET = 32767;
    /** conmon sends at most STDIO_BUF_SIZE = 8192 bytes of output and the header byte. */
    private static final int MAX_OUTPUT_PACKET = 8193;

    private final Syscalls syscalls;
    private final SocketFd fd;
    private final boolean stdin;
    private final String what;

    private AttachSocket(Syscalls syscalls, SocketFd fd, boolean stdin, String what) {
        this.syscalls = syscalls;
        this.fd = fd;
        this.stdin = stdin;
        this.what = what;
    }

    /** @param what names the process in messages, e.g. "container abc" */
    static AttachSocket connect(Syscalls syscalls, Path socket, boolean stdin, String what) {
        int fd = syscalls.socket(Syscalls.AF_UNIX, Syscalls.SOCK_SEQPACKET | Syscalls.SOCK_CLOEXEC, 0);
        try {
            syscalls.connectUnix(fd, socket.toString());
        } catch (NativeException e) {
            syscalls.close(fd);
            throw e;
        }
        return new AttachSocket(syscalls, new SocketFd(syscalls, fd), stdin, what);
    }

    @Override
    public OutputChunk read() throws IOException {
        byte[] packet = new byte[MAX_OUTPUT_PACKET];
        while (true) {
            int length = fd.use(socket -> syscalls.read(socket, packet), 0, "read the output of " + what);
            if (length == 0) {
                return null;
            }
            if (packet[0] == STDOUT_PIPE || packet[0] == STDERR_PIPE) {
                LogEntry.Stream stream = packet[0] == STDOUT_PIPE ? LogEntry.Stream.STDOUT : LogEntry.Stream.STDERR;
                return new OutputChunk(stream, Arrays.copyOfRange(packet, 1, length));
            }
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        if (!stdin) {
            throw new IOException("cannot write to " + what + ": it was not started with stdin open");
        }
        int written = 0;
        while (written < length) {
            int start = offset + written;
            int chunk = Math.min(MAX_STDIN_PACKET, length - written);
            written += fd.use(socket -> syscalls.write(socket, data, start, chunk), -1,
                    "write to the stdin of " + what);
        }
    }

    @Override
    public void closeStdin() throws IOException {
        fd.use(socket -> {
            syscalls.shutdown(socket, Syscalls.SHUT_WR);
            return 0;
        }, 0, "close the stdin of " + what);
    }

    @Override
    public void close() {
        fd.close();
    }
}
