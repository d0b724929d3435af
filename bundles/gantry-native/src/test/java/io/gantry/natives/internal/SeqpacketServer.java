package io.gantry.natives.internal;

import io.gantry.natives.Syscalls;
import java.nio.file.Path;
import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.In;

/** The listening side of a SOCK_SEQPACKET socket, which only tests need, as conmon plays it in production. */
final class SeqpacketServer implements AutoCloseable {
    private static final int O_PATH = 010000000;

    /** The libc calls a server makes beyond those of {@link LibC}. */
    public interface ServerLibC {
        int bind(int fd, @In byte[] address, int length);

        int listen(int fd, int backlog);

        int accept(int fd, @In byte[] address, @In byte[] length);

        int open(String path, int flags);

        int close(int fd);
    }

    private static final ServerLibC LIBC = LibraryLoader.create(ServerLibC.class).failImmediately().load("c");

    private final Syscalls syscalls;
    private final int fd;

    /** Binds and listens at {@code path}, reaching a long path through its folder as conmon does. */
    SeqpacketServer(Syscalls syscalls, Path path) {
        this.syscalls = syscalls;
        this.fd = syscalls.socket(Syscalls.AF_UNIX, Syscalls.SOCK_SEQPACKET | Syscalls.SOCK_CLOEXEC, 0);
        int folder = LIBC.open(path.getParent().toString(), O_PATH);
        try {
            byte[] address = UnixAddress.of("/proc/self/fd/" + folder + "/" + path.getFileName());
            if (LIBC.bind(fd, address, address.length) != 0 || LIBC.listen(fd, 1) != 0) {
                throw new IllegalStateException("cannot listen on " + path);
            }
        } finally {
            LIBC.close(folder);
        }
    }

    /** Accepts the next connection; returns its fd. */
    int accept() {
        int connection = LIBC.accept(fd, null, null);
        if (connection < 0) {
            throw new IllegalStateException("accept failed");
        }
        return connection;
    }

    @Override
    public void close() {
        syscalls.close(fd);
    }
}
