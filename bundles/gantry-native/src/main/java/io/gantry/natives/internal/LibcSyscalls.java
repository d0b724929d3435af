package io.gantry.natives.internal;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.nio.file.Path;
import java.util.Arrays;
import jnr.ffi.LastError;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@link Syscalls} on the host's glibc through jnr-ffi. */
@Component(service = Syscalls.class)
public final class LibcSyscalls implements Syscalls {
    private static final long SYS_PIDFD_OPEN = 434;
    private static final int ERANGE = 34;
    private static final int STATFS_BUFFER_SIZE = 256;
    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final long UTIME_OMIT = (1L << 30) - 2;
    private static final int EINTR = 4;
    private static final int O_PATH = 010000000;
    private static final int O_DIRECTORY = 0200000;
    private static final int O_CLOEXEC = 02000000;

    private final LibC libc;
    private final Runtime runtime;

    @Activate
    public LibcSyscalls() {
        libc = LibraryLoader.create(LibC.class).option(LibraryOption.SaveError, true).failImmediately().load("c");
        runtime = Runtime.getRuntime(libc);
    }

    @Override
    public void mount(String source, String target, String fsType, long flags, String data) {
        check(libc.mount(source, target, fsType, flags, data), "mount", fsType + " on " + target);
    }

    @Override
    public void umount2(String target, int flags) {
        check(libc.umount2(target, flags), "umount2", target);
    }

    @Override
    public boolean isMountPoint(String path) {
        return MountInfo.isMountPoint(path);
    }

    @Override
    public void kill(int pid, int signal) {
        check(libc.kill(pid, signal), "kill", "pid " + pid + ", signal " + signal);
    }

    @Override
    public boolean processExists(int pid) {
        if (libc.kill(pid, 0) == 0) {
            return true;
        }
        int errno = LastError.getLastError(runtime);
        if (errno == EPERM) {
            return true;
        }
        if (errno == ESRCH) {
            return false;
        }
        throw failure("kill", "pid " + pid + ", signal 0", errno);
    }

    @Override
    public int prctl(int option, long arg2, long arg3, long arg4, long arg5) {
        int result = libc.prctl(option, arg2, arg3, arg4, arg5);
        check(result, "prctl", "option " + option);
        return result;
    }

    @Override
    public void setns(int fd, int nsType) {
        check(libc.setns(fd, nsType), "setns", "fd " + fd + ", type 0x" + Integer.toHexString(nsType));
    }

    @Override
    public void unshare(int flags) {
        check(libc.unshare(flags), "unshare", "flags 0x" + Integer.toHexString(flags));
    }

    @Override
    public long fileSystemType(String path) {
        Pointer buffer = Memory.allocateDirect(runtime, STATFS_BUFFER_SIZE);
        check(libc.statfs(path, buffer), "statfs", path);
        return buffer.getLong(0);
    }

    @Override
    public void mknod(String path, int mode, long device) {
        check(libc.mknod(path, mode, device), "mknod", path);
    }

    @Override
    public void lchown(String path, int uid, int gid) {
        check(libc.lchown(path, uid, gid), "lchown", path + " to " + uid + ":" + gid);
    }

    @Override
    public void chmod(String path, int mode) {
        check(libc.chmod(path, mode), "chmod", path + " to 0" + Integer.toOctalString(mode));
    }

    @Override
    public void lutimens(String path, long seconds, long nanos) {
        long[] times = {0, UTIME_OMIT, seconds, nanos};
        check(libc.utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW), "utimensat", path);
    }

    @Override
    public void lsetxattr(String path, String name, byte[] value) {
        check(libc.lsetxattr(path, name, value, value.length, 0), "lsetxattr", path + " " + name);
    }

    @Override
    public byte[] lgetxattr(String path, String name) {
        while (true) {
            long size = libc.lgetxattr(path, name, null, 0);
            check(size, "lgetxattr", path + " " + name);
            byte[] value = new byte[(int) size];
            long read = libc.lgetxattr(path, name, value, size);
            if (read >= 0) {
                return read == size ? value : Arrays.copyOf(value, (int) read);
            }
            int errno = LastError.getLastError(runtime);
            if (errno != ERANGE) {
                throw failure("lgetxattr", path + " " + name, errno);
            }
        }
    }

    @Override
    public int pidfdOpen(int pid) {
        long fd = libc.syscall(SYS_PIDFD_OPEN, pid, 0);
        check(fd, "pidfd_open", "pid " + pid);
        return (int) fd;
    }

    @Override
    public void close(int fd) {
        check(libc.close(fd), "close", "fd " + fd);
    }

    @Override
    public int socket(int domain, int type, int protocol) {
        int fd = libc.socket(domain, type, protocol);
        check(fd, "socket", "domain " + domain + ", type 0x" + Integer.toHexString(type));
        return fd;
    }

    @Override
    public void connectUnix(int fd, String path) {
        if (UnixAddress.fits(path)) {
            byte[] address = UnixAddress.of(path);
            check(libc.connect(fd, address, address.length), "connect", path);
            return;
        }
        Path socket = Path.of(path);
        Path folder = socket.getParent();
        int folderFd = libc.open(folder == null ? "/" : folder.toString(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        check(folderFd, "open", folder + " with O_PATH");
        try {
            byte[] address = UnixAddress.of("/proc/self/fd/" + folderFd + "/" + socket.getFileName());
            check(libc.connect(fd, address, address.length), "connect", path);
        } finally {
            libc.close(folderFd);
        }
    }

    @Override
    public int read(int fd, byte[] buffer) {
        Pointer memory = Memory.allocateDirect(runtime, buffer.length);
        long count;
        do {
            count = libc.read(fd, memory, buffer.length);
        } while (count < 0 && LastError.getLastError(runtime) == EINTR);
        check(count, "read", "fd " + fd);
        memory.get(0, buffer, 0, (int) count);
        return (int) count;
    }

    @Override
    public int write(int fd, byte[] data, int offset, int length) {
        Pointer memory = Memory.allocateDirect(runtime, Math.max(1, length));
        memory.put(0, data, offset, length);
        long count;
        do {
            count = libc.write(fd, memory, length);
        } while (count < 0 && LastError.getLastError(runtime) == EINTR);
        check(count, "write", "fd " + fd);
        return (int) count;
    }

    @Override
    public void shutdown(int fd, int how) {
        check(libc.shutdown(fd, how), "shutdown", "fd " + fd + ", how " + how);
    }

    private void check(long result, String call, String subject) {
        if (result < 0) {
            throw failure(call, subject, LastError.getLastError(runtime));
        }
    }

    private NativeException failure(String call, String subject, int errno) {
        return new NativeException(call, subject, errno, libc.strerror(errno));
    }
}
