package io.gantry.natives.fake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecordingSyscallsTest {
    private final RecordingSyscalls fake = new RecordingSyscalls();

    @Test
    void recordsCallsAsReadableStrings() {
        fake.mount("overlay", "/x", "overlay", 0, "lowerdir=/a:/b");
        fake.mknod("/l/a", Syscalls.S_IFCHR, 0);
        fake.chmod("/l/tool", 04755);
        fake.lchown("/l/tool", 1, 2);
        fake.lsetxattr("/l/d", "trusted.overlay.opaque", new byte[] {'y'});

        assertEquals(List.of("mount(overlay,/x,overlay,0,lowerdir=/a:/b)", "mknod(/l/a,020000,0)",
                "chmod(/l/tool,04755)", "lchown(/l/tool,1,2)", "lsetxattr(/l/d,trusted.overlay.opaque,y)"),
                fake.calls());
        assertEquals(List.of("chmod(/l/tool,04755)"), fake.calls("chmod("));
    }

    @Test
    void failsMatchingCallsWithTheGivenErrnoUntilToldToStop() {
        fake.withMountPoint("/m").failWhen("umount2(/m,0)", Syscalls.EBUSY);

        NativeException busy = assertThrows(NativeException.class, () -> fake.umount2("/m", 0));
        assertEquals(Syscalls.EBUSY, busy.errno());
        assertTrue(fake.isMountPoint("/m"), "a failed unmount leaves the mount");
        fake.umount2("/m", Syscalls.MNT_DETACH);
        assertFalse(fake.isMountPoint("/m"));

        fake.stopFailing("umount2(/m,0)").withMountPoint("/m");
        fake.umount2("/m", 0);
        assertEquals(List.of("umount2(/m,0)", "umount2(/m,2)", "umount2(/m,0)"), fake.calls("umount2("));
    }

    @Test
    void tracksMountsLikeTheKernel() {
        fake.mount("tmpfs", "/t", "tmpfs", 0, null);
        assertTrue(fake.isMountPoint("/t"));
        fake.umount2("/t", 0);
        NativeException notMounted = assertThrows(NativeException.class, () -> fake.umount2("/t", 0));
        assertEquals(Syscalls.EINVAL, notMounted.errno());
    }

    @Test
    void tracksProcessesAndPidfds() {
        fake.withLiveProcess(42);
        assertTrue(fake.processExists(42));
        assertEquals(100, fake.pidfdOpen(42));
        fake.kill(42, 9);
        assertFalse(fake.processExists(42));
        assertEquals(Syscalls.ESRCH, assertThrows(NativeException.class, () -> fake.kill(42, 0)).errno());
        assertEquals(Syscalls.ESRCH, assertThrows(NativeException.class, () -> fake.pidfdOpen(42)).errno());
    }

    @Test
    void remembersExtendedAttributesAndFileSystemType() {
        fake.lsetxattr("/d", "trusted.overlay.opaque", new byte[] {'y'});
        assertArrayEquals(new byte[] {'y'}, fake.lgetxattr("/d", "trusted.overlay.opaque"));
        assertEquals(Syscalls.ENODATA,
                assertThrows(NativeException.class, () -> fake.lgetxattr("/e", "trusted.overlay.opaque")).errno());
        assertEquals(Syscalls.OVERLAYFS_SUPER_MAGIC,
                fake.withFileSystemType(Syscalls.OVERLAYFS_SUPER_MAGIC).fileSystemType("/var"));
    }

    @Test
    void socketsTalkToTheirListeningPeer() {
        FakeSocketPeer peer = fake.listenOn("/run/s/attach");
        int fd = fake.socket(Syscalls.AF_UNIX, Syscalls.SOCK_SEQPACKET, 0);
        fake.connectUnix(fd, "/run/s/attach");
        peer.send(new byte[] {2, 'o', 'k'});
        fake.write(fd, "xin".getBytes(StandardCharsets.UTF_8), 1, 2);
        fake.shutdown(fd, Syscalls.SHUT_WR);
        peer.hangUp();

        byte[] buffer = new byte[8];
        assertEquals(3, fake.read(fd, buffer));
        assertArrayEquals(new byte[] {2, 'o', 'k'}, Arrays.copyOf(buffer, 3));
        assertEquals(0, fake.read(fd, buffer));
        assertEquals("in", new String(peer.received().get(0), StandardCharsets.UTF_8));
        assertTrue(peer.clientStoppedWriting());
        NativeException e = assertThrows(NativeException.class, () -> fake.write(fd, buffer, 0, 1));
        assertEquals(32, e.errno());
    }

    @Test
    void closeWakesABlockedReadAndUnknownSocketsAreRefused() throws Exception {
        fake.listenOn("/s");
        int fd = fake.socket(Syscalls.AF_UNIX, Syscalls.SOCK_SEQPACKET, 0);
        fake.connectUnix(fd, "/s");
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> fake.read(fd, new byte[8]));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fake.calls("read(").isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // a recorded read waits on the monitor that calls() needs
        }
        fake.close(fd);
        assertEquals(0, read.get(5, TimeUnit.SECONDS));

        int other = fake.socket(Syscalls.AF_UNIX, Syscalls.SOCK_SEQPACKET, 0);
        assertEquals(Syscalls.ENOENT,
                assertThrows(NativeException.class, () -> fake.connectUnix(other, "/absent")).errno());
    }
}
