package io.gantry.natives;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The libc calls Gantry makes, one method each, with the kernel's argument order. Every method throws
 * {@link NativeException} on failure. Namespace calls (setns, unshare) act on the calling thread only.
 */
@ProviderType
public interface Syscalls {
    // mount(2) flags
    long MS_RDONLY = 1;
    long MS_NOSUID = 2;
    long MS_NODEV = 4;
    long MS_NOEXEC = 8;
    long MS_REMOUNT = 32;
    long MS_BIND = 4096;
    long MS_REC = 16384;
    long MS_PRIVATE = 1 << 18;
    // umount2(2) flags
    int MNT_FORCE = 1;
    int MNT_DETACH = 2;
    // mknod(2) file types
    int S_IFCHR = 0020000;
    int S_IFBLK = 0060000;
    int S_IFIFO = 0010000;
    // errno values callers test for
    int EPERM = 1;
    int ENOENT = 2;
    int ESRCH = 3;
    int EBADF = 9;
    int EBUSY = 16;
    int EEXIST = 17;
    int EINVAL = 22;
    int ENODATA = 61;
    // socket(2) domain and types, shutdown(2) directions
    int AF_UNIX = 1;
    int SOCK_SEQPACKET = 5;
    int SOCK_CLOEXEC = 02000000;
    int SHUT_RD = 0;
    int SHUT_WR = 1;
    int SHUT_RDWR = 2;
    // statfs(2) f_type values
    long PROC_SUPER_MAGIC = 0x9fa0;
    long TMPFS_MAGIC = 0x01021994;
    long OVERLAYFS_SUPER_MAGIC = 0x794c7630;

    void mount(String source, String target, String fsType, long flags, String data);

    void umount2(String target, int flags);

    /** True if {@code path} is the mount point of a mount in this process's mount namespace (mountinfo). */
    boolean isMountPoint(String path);

    void kill(int pid, int signal);

    /** True if a process with this pid exists (kill with signal 0; EPERM counts as existing). */
    boolean processExists(int pid);

    int prctl(int option, long arg2, long arg3, long arg4, long arg5);

    void setns(int fd, int nsType);

    void unshare(int flags);

    /** The f_type magic of the file system holding {@code path} (statfs). */
    long fileSystemType(String path);

    void mknod(String path, int mode, long device);

    void lchown(String path, int uid, int gid);

    /** chmod(2), with setuid, setgid and sticky bits. Follows symlinks. */
    void chmod(String path, int mode);

    /**
     * Sets the modification time of {@code path} itself, never of a symlink's target, and leaves the access
     * time: utimensat(AT_FDCWD, path, {UTIME_OMIT, mtime}, AT_SYMLINK_NOFOLLOW). Opens nothing, so it is safe
     * on fifos and device nodes.
     */
    void lutimens(String path, long seconds, long nanos);

    void lsetxattr(String path, String name, byte[] value);

    /** The value of an extended attribute, not following a final symlink; ENODATA if it is not set. */
    byte[] lgetxattr(String path, String name);

    int pidfdOpen(int pid);

    void close(int fd);

    /** socket(2); returns the new fd. */
    int socket(int domain, int type, int protocol);

    /**
     * connect(2) of an AF_UNIX socket to the socket file at {@code path}. A path too long for sockaddr_un
     * (over 107 bytes) is reached through its folder, opened with O_PATH, as /proc/self/fd/N/name.
     */
    void connectUnix(int fd, String path);

    /**
     * read(2) of up to {@code buffer.length} bytes; returns how many were read, 0 at end of file. On a
     * SOCK_SEQPACKET socket that is one packet; a longer packet is cut off. Retries on EINTR.
     */
    int read(int fd, byte[] buffer);

    /** write(2) of {@code length} bytes from {@code offset}; returns how many were written. Retries on EINTR. */
    int write(int fd, byte[] data, int offset, int length);

    /** shutdown(2) with SHUT_RD, SHUT_WR or SHUT_RDWR; wakes any thread blocked reading the socket. */
    void shutdown(int fd, int how);

    /** makedev(3) */
    static long makedev(long major, long minor) {
        return ((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8)
                | ((minor & 0xffffff00L) << 12) | (minor & 0xffL);
    }
}
