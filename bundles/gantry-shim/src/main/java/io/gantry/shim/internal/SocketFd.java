package io.gantry.shim.internal;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.util.function.IntUnaryOperator;

/**
 * A socket fd that one thread may close while others read or write it. Closing shuts the socket down at once,
 * which wakes a blocked read; the fd itself is released only when no call uses it any more, so that no call
 * ever reaches a number the kernel has already given to another file.
 */
final class SocketFd {
    private final Syscalls syscalls;
    private final int fd;
    private int users;
    private boolean closed;
    private boolean released;

    SocketFd(Syscalls syscalls, int fd) {
        this.syscalls = syscalls;
        this.fd = fd;
    }

    /**
     * Runs {@code call} on the fd.
     *
     * @param whenClosed what to return once the socket is closed (-1: fail instead)
     * @param what the action, for the message of the IOException a failed call becomes
     */
    int use(IntUnaryOperator call, int whenClosed, String what) throws IOException {
        synchronized (this) {
            if (closed) {
                if (whenClosed < 0) {
                    throw new IOException("cannot " + what + ": the connection is closed");
                }
                return whenClosed;
            }
            users++;
        }
        try {
            return call.applyAsInt(fd);
        } catch (NativeException e) {
            synchronized (this) {
                if (closed && whenClosed >= 0) {
                    return whenClosed;
                }
            }
            throw new IOException("cannot " + what + ": " + e.getMessage(), e);
        } finally {
            synchronized (this) {
                users--;
                releaseIfUnused();
            }
        }
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            syscalls.shutdown(fd, Syscalls.SHUT_RDWR);
        } catch (NativeException alreadyDisconnected) {
            // ENOTCONN once conmon is gone; the fd is released all the same
        }
        releaseIfUnused();
    }

    private void releaseIfUnused() {
        if (closed && users == 0 && !released) {
            released = true;
            syscalls.close(fd);
        }
    }
}
