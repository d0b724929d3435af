package io.gantry.natives.fake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.util.List;
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
}
