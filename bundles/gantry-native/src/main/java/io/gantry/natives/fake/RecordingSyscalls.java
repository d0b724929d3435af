package io.gantry.natives.fake;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Syscalls} that touches nothing: it records every call as a readable string such as
 * {@code "mount(overlay,/x,overlay,0,lowerdir=/a)"} and fails the calls it was told to fail. It keeps just
 * enough state to be consistent: mount points (mount adds, umount2 removes, unmounting a non-mount fails
 * with EINVAL as the kernel does), live pids, extended attributes and the file system type. Unix sockets
 * connect to the {@link FakeSocketPeer} a test made with {@link #listenOn}; a read blocks until that peer
 * sends, hangs up, or the socket is shut down or closed.
 */
public class RecordingSyscalls implements Syscalls {
    private static final int SIGKILL = 9;
    private static final long EXT4_SUPER_MAGIC = 0xEF53;
    private static final int EINTR = 4;
    private static final int EPIPE = 32;

    private final List<String> calls = new ArrayList<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private final Set<String> mountPoints = new HashSet<>();
    private final Set<Integer> livePids = new HashSet<>();
    private final Map<String, byte[]> xattrs = new HashMap<>();
    private long fileSystemType = EXT4_SUPER_MAGIC;
    private final Map<String, FakeSocketPeer> listeners = new HashMap<>();
    private final Map<Integer, FakeSocketPeer> connections = new HashMap<>();
    private int nextFd = 100;

    /** Every call so far, oldest first. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** The calls so far whose text starts with {@code prefix}, e.g. "mount(". */
    public synchronized List<String> calls(String prefix) {
        return calls.stream().filter(call -> call.startsWith(prefix)).toList();
    }

    /** Makes every later call whose text starts with {@code callPrefix} fail with {@code errno}. */
    public synchronized RecordingSyscalls failWhen(String callPrefix, int errno) {
        failures.put(callPrefix, errno);
        return this;
    }

    /** Stops failing the calls that start with {@code callPrefix}. */
    public synchronized RecordingSyscalls stopFailing(String callPrefix) {
        failures.remove(callPrefix);
        return this;
    }

    public synchronized RecordingSyscalls withMountPoint(String path) {
        mountPoints.add(path);
        return this;
    }

    public synchronized RecordingSyscalls withLiveProcess(int pid) {
        livePids.add(pid);
        return this;
    }

    /** Makes {@code path} a listening socket; the returned peer is the far end of the next connection. */
    public synchronized FakeSocketPeer listenOn(String path) {
        FakeSocketPeer peer = new FakeSocketPeer(this);
        listeners.put(path, peer);
        return peer;
    }

    public synchronized RecordingSyscalls withFileSystemType(long magic) {
        fileSystemType = magic;
        return this;
    }

    @Override
    public synchronized void mount(String source, String target, String fsType, long flags, String data) {
        record("mount", source, target, fsType, flags, data);
        mountPoints.add(target);
    }

    @Override
    public synchronized void umount2(String target, int flags) {
        record("umount2", target, flags);
        if (!mountPoints.remove(target)) {
            throw simulated("umount2", target, EINVAL);
        }
    }

    @Override
    public synchronized boolean isMountPoint(String path) {
        record("isMountPoint", path);
        return mountPoints.contains(path);
    }

    @Override
    public synchronized void kill(int pid, int signal) {
        record("kill", pid, signal);
        if (!livePids.contains(pid)) {
            throw simulated("kill", "pid " + pid, ESRCH);
        }
        if (signal == SIGKILL) {
            livePids.remove(pid);
        }
    }

    @Override
    public synchronized boolean processExists(int pid) {
        record("processExists", pid);
        return livePids.contains(pid);
    }

    @Override
    public synchronized int prctl(int option, long arg2, long arg3, long arg4, long arg5) {
        record("prctl", option, arg2, arg3, arg4, arg5);
        return 0;
    }

    @Override
    public synchronized void setns(int fd, int nsType) {
        record("setns", fd, "0x" + Integer.toHexString(nsType));
    }

    @Override
    public synchronized void unshare(int flags) {
        record("unshare", "0x" + Integer.toHexString(flags));
    }

    @Override
    public synchronized long fileSystemType(String path) {
        record("fileSystemType", path);
        return fileSystemType;
    }

    @Override
    public synchronized void mknod(String path, int mode, long device) {
        record("mknod", path, octal(mode), device);
    }

    @Override
    public synchronized void lchown(String path, int uid, int gid) {
        record("lchown", path, uid, gid);
    }

    @Override
    public synchronized void chmod(String path, int mode) {
        record("chmod", path, octal(mode));
    }

    @Override
    public synchronized void lutimens(String path, long seconds, long nanos) {
        record("lutimens", path, seconds, nanos);
    }

    @Override
    public synchronized void lsetxattr(String path, String name, byte[] value) {
        record("lsetxattr", path, name, new String(value, StandardCharsets.UTF_8));
        xattrs.put(path + "\0" + name, value.clone());
    }

    @Override
    public synchronized byte[] lgetxattr(String path, String name) {
        record("lgetxattr", path, name);
        byte[] value = xattrs.get(path + "\0" + name);
        if (value == null) {
            throw simulated("lgetxattr", path + " " + name, ENODATA);
        }
        return value.clone();
    }

    @Override
    public synchronized int pidfdOpen(int pid) {
        record("pidfdOpen", pid);
        if (!livePids.contains(pid)) {
            throw simulated("pidfd_open", "pid " + pid, ESRCH);
        }
        return nextFd++;
    }

    @Override
    public synchronized void close(int fd) {
        record("close", fd);
        FakeSocketPeer peer = connections.remove(fd);
        if (peer != null) {
            peer.clientClose();
        }
    }

    @Override
    public synchronized int socket(int domain, int type, int protocol) {
        record("socket", domain, "0x" + Integer.toHexString(type), protocol);
        return nextFd++;
    }

    @Override
    public synchronized void connectUnix(int fd, String path) {
        record("connectUnix", fd, path);
        FakeSocketPeer peer = listeners.remove(path);
        if (peer == null) {
            throw simulated("connect", path, ENOENT);
        }
        connections.put(fd, peer);
    }

    @Override
    public synchronized int read(int fd, byte[] buffer) {
        record("read", fd);
        try {
            byte[] packet = connection(fd, "read").nextPacket();
            if (packet == null) {
                return 0;
            }
            int length = Math.min(packet.length, buffer.length);
            System.arraycopy(packet, 0, buffer, 0, length);
            return length;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw simulated("read", "fd " + fd, EINTR);
        }
    }

    @Override
    public synchronized int write(int fd, byte[] data, int offset, int length) {
        byte[] packet = Arrays.copyOfRange(data, offset, offset + length);
        record("write", fd, new String(packet, StandardCharsets.UTF_8));
        if (!connection(fd, "write").accept(packet)) {
            throw simulated("write", "fd " + fd, EPIPE);
        }
        return length;
    }

    @Override
    public synchronized void shutdown(int fd, int how) {
        record("shutdown", fd, how);
        connection(fd, "shutdown").clientShutdown(how != SHUT_WR, how != SHUT_RD);
    }

    private FakeSocketPeer connection(int fd, String call) {
        FakeSocketPeer peer = connections.get(fd);
        if (peer == null) {
            throw simulated(call, "fd " + fd, EBADF);
        }
        return peer;
    }

    private void record(String name, Object... args) {
        StringBuilder call = new StringBuilder(name).append('(');
        for (int i = 0; i < args.length; i++) {
            call.append(i == 0 ? "" : ",").append(args[i]);
        }
        String text = call.append(')').toString();
        calls.add(text);
        for (Map.Entry<String, Integer> failure : failures.entrySet()) {
            if (text.startsWith(failure.getKey())) {
                throw simulated(name, text, failure.getValue());
            }
        }
    }

    private static NativeException simulated(String call, String subject, int errno) {
        return new NativeException(call, subject, errno, "simulated failure");
    }

    private static String octal(int mode) {
        return "0" + Integer.toOctalString(mode);
    }
}
