package io.gantry.natives.internal;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/** The libc symbols behind {@link LibcSyscalls}, as jnr-ffi binds them. */
public interface LibC {
    int mount(String source, String target, String fsType, long flags, String data);

    int umount2(String target, int flags);

    int kill(int pid, int signal);

    int prctl(int option, long arg2, long arg3, long arg4, long arg5);

    int setns(int fd, int nsType);

    int unshare(int flags);

    int statfs(String path, @Out Pointer buffer);

    int mknod(String path, int mode, long device);

    int lchown(String path, int uid, int gid);

    int chmod(String path, int mode);

    int utimensat(int dirFd, String path, @In long[] times, int flags);

    int lsetxattr(String path, String name, @In byte[] value, long size, int flags);

    long lgetxattr(String path, String name, @Out byte[] value, long size);

    long syscall(long number, long arg1, long arg2);

    int close(int fd);

    int open(String path, int flags);

    int socket(int domain, int type, int protocol);

    int connect(int fd, @In byte[] address, int length);

    long read(int fd, Pointer buffer, long count);

    long write(int fd, Pointer buffer, long count);

    int shutdown(int fd, int how);

    String strerror(int errno);
}
