package io.gantry.volume.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import io.gantry.natives.fake.RecordingSyscalls;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mount(2) calls a plan makes, in Docker's order. */
class MountPlanTest {
    private static final Path DATA = Path.of("/v/x/_data");
    private final RecordingSyscalls syscalls = new RecordingSyscalls();

    @Test
    void aReadOnlyBindIsRemountedAndThePropagationSetApart() {
        MountOptions.parse(Map.of("type", "none", "device", "/srv", "o", "bind,ro,private")).mountOn(syscalls, DATA);

        long bindRo = Syscalls.MS_BIND | Syscalls.MS_RDONLY;
        assertEquals(List.of("mount(/srv,/v/x/_data,none," + bindRo + ",null)",
                "mount(,/v/x/_data,null," + Syscalls.MS_PRIVATE + ",null)",
                "mount(,/v/x/_data,null," + (bindRo | Syscalls.MS_REMOUNT) + ",null)"), syscalls.calls());
    }

    @Test
    void tmpfsIsOneCall() {
        MountOptions.parse(Map.of("type", "tmpfs", "device", "tmpfs", "o", "uid=1", "size", "1k")).mountOn(syscalls, DATA);

        assertEquals(List.of("mount(tmpfs,/v/x/_data,tmpfs,0,uid=1,size=1024)"), syscalls.calls());
    }

    @Test
    void aFailedFollowUpCallEndsTheMount() {
        syscalls.failWhen("mount(,", Syscalls.EINVAL);
        MountPlan plan = MountOptions.parse(Map.of("type", "none", "device", "/srv", "o", "bind,ro"));

        assertThrows(NativeException.class, () -> plan.mountOn(syscalls, DATA));
        assertEquals(List.of("umount2(/v/x/_data," + Syscalls.MNT_DETACH + ")"), syscalls.calls("umount2"));
        assertEquals(false, syscalls.isMountPoint(DATA.toString()));
    }
}
