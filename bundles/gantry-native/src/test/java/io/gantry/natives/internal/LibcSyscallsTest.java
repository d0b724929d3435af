package io.gantry.natives.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real bindings against the kernel; needs root. */
class LibcSyscallsTest {
    private final Syscalls syscalls = new LibcSyscalls();
    @TempDir
    Path dir;

    @AfterEach
    void unmountLeftovers() {
        if (syscalls.isMountPoint(dir.toString())) {
            syscalls.umount2(dir.toString(), Syscalls.MNT_DETACH);
        }
    }

    @Test
    void mountsAndUnmountsTmpfs() {
        syscalls.mount("tmpfs", dir.toString(), "tmpfs", Syscalls.MS_NOSUID, "size=1m,mode=0700");
        assertTrue(syscalls.isMountPoint(dir.toString()));
        assertEquals(Syscalls.TMPFS_MAGIC, syscalls.fileSystemType(dir.toString()));

        syscalls.umount2(dir.toString(), 0);
        assertFalse(syscalls.isMountPoint(dir.toString()));
    }

    @Test
    void umountOfNonMountFailsWithEinvalAndClearMessage() {
        NativeException e = assertThrows(NativeException.class, () -> syscalls.umount2(dir.toString(), 0));
        assertEquals(Syscalls.EINVAL, e.errno());
        assertEquals("umount2(" + dir + ") failed: Invalid argument (errno 22)", e.getMessage());
    }

    @Test
    void statfsOfProcIsProcSuperMagic() {
        assertEquals(Syscalls.PROC_SUPER_MAGIC, syscalls.fileSystemType("/proc"));
    }

    @Test
    void mknodMakesCharacterDevices() throws IOException {
        Path whiteout = dir.resolve("whiteout");
        Path nullDevice = dir.resolve("null");
        syscalls.mknod(whiteout.toString(), Syscalls.S_IFCHR, 0);
        syscalls.mknod(nullDevice.toString(), Syscalls.S_IFCHR | 0666, Syscalls.makedev(1, 3));

        assertEquals(Syscalls.S_IFCHR, attribute(whiteout, "mode") & 0170000);
        assertEquals(0L, Files.getAttribute(whiteout, "unix:rdev"));
        assertEquals(Syscalls.makedev(1, 3), Files.getAttribute(nullDevice, "unix:rdev"));
    }

    @Test
    void lchownChangesTheSymlinkNotItsTarget() throws IOException {
        Path target = Files.createFile(dir.resolve("target"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        syscalls.lchown(link.toString(), 1234, 5678);

        assertEquals(1234, Files.getAttribute(link, "unix:uid", LinkOption.NOFOLLOW_LINKS));
        assertEquals(5678, Files.getAttribute(link, "unix:gid", LinkOption.NOFOLLOW_LINKS));
        assertEquals(0, attribute(target, "uid"));
    }

    @Test
    void chmodKeepsSetuidBit() throws IOException {
        Path file = Files.createFile(dir.resolve("tool"));
        syscalls.chmod(file.toString(), 04755);
        assertEquals(04755, attribute(file, "mode") & 07777);
    }

    @Test
    void lutimensSetsTheSymlinksOwnTimeAndOpensNothing() throws IOException {
        Path target = Files.createFile(dir.resolve("target"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        Path fifo = dir.resolve("fifo");
        syscalls.mknod(fifo.toString(), Syscalls.S_IFIFO | 0600, 0);
        FileTime targetTime = Files.getLastModifiedTime(target);

        syscalls.lutimens(link.toString(), 1_000_000_000L, 5);
        syscalls.lutimens(fifo.toString(), 1_500_000_000L, 0);

        assertEquals(Instant.ofEpochSecond(1_000_000_000L, 5),
                Files.getLastModifiedTime(link, LinkOption.NOFOLLOW_LINKS).toInstant());
        assertEquals(targetTime, Files.getLastModifiedTime(target));
        assertEquals(Instant.ofEpochSecond(1_500_000_000L), Files.getLastModifiedTime(fifo).toInstant());
    }

    @Test
    void setsAndReadsTrustedOverlayOpaque() {
        syscalls.lsetxattr(dir.toString(), "trusted.overlay.opaque", "y".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("y".getBytes(StandardCharsets.UTF_8),
                syscalls.lgetxattr(dir.toString(), "trusted.overlay.opaque"));
        NativeException missing = assertThrows(NativeException.class,
                () -> syscalls.lgetxattr(dir.toString(), "trusted.gantry.absent"));
        assertEquals(Syscalls.ENODATA, missing.errno());
    }

    @Test
    void seesOwnProcessAndNotADeadOne() throws Exception {
        int self = (int) ProcessHandle.current().pid();
        syscalls.kill(self, 0);
        assertTrue(syscalls.processExists(self));

        Process exited = new ProcessBuilder("/bin/true").start();
        exited.waitFor();
        assertFalse(syscalls.processExists((int) exited.pid()));
        NativeException e = assertThrows(NativeException.class, () -> syscalls.kill((int) exited.pid(), 0));
        assertEquals(Syscalls.ESRCH, e.errno());
    }

    @Test
    void opensAndClosesPidfd() throws Exception {
        int fd = syscalls.pidfdOpen((int) ProcessHandle.current().pid());
        assertTrue(fd > 2, "pidfd " + fd);
        assertEquals("anon_inode:[pidfd]",
                java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd)).toString());
        syscalls.close(fd);
        // not the closed fd again: another JVM thread may already have reused its number
        NativeException badFd = assertThrows(NativeException.class, () -> syscalls.close(-1));
        assertEquals(Syscalls.EBADF, badFd.errno());
    }

    @Test
    void namespaceCallsReportErrno() {
        NativeException badFd = assertThrows(NativeException.class, () -> syscalls.setns(-1, 0));
        assertEquals(Syscalls.EBADF, badFd.errno());
        NativeException badFlags = assertThrows(NativeException.class, () -> syscalls.unshare(0x1));
        assertEquals(Syscalls.EINVAL, badFlags.errno());
    }

    @Test
    void prctlReturnsTheKernelsAnswer() {
        int prGetDumpable = 3;
        int prSetDumpable = 4;
        int before = syscalls.prctl(prGetDumpable, 0, 0, 0, 0);
        syscalls.prctl(prSetDumpable, 0, 0, 0, 0);
        assertEquals(0, syscalls.prctl(prGetDumpable, 0, 0, 0, 0));
        syscalls.prctl(prSetDumpable, before, 0, 0, 0);
        assertEquals(before, syscalls.prctl(prGetDumpable, 0, 0, 0, 0));
    }

    private static int attribute(Path path, String name) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:" + name, LinkOption.NOFOLLOW_LINKS);
    }
}
