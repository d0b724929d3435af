package io.gantry.volume.local.internal;

import static io.gantry.natives.Syscalls.MS_BIND;
import static io.gantry.natives.Syscalls.MS_NOEXEC;
import static io.gantry.natives.Syscalls.MS_NOSUID;
import static io.gantry.natives.Syscalls.MS_PRIVATE;
import static io.gantry.natives.Syscalls.MS_RDONLY;
import static io.gantry.natives.Syscalls.MS_REC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Docker's local driver options: what each becomes, and each refusal with its exact message. */
class MountOptionsTest {

    @Test
    void noOptionsIsAPlainFolder() {
        assertEquals(MountPlan.NONE, MountOptions.parse(Map.of()));
        assertFalse(MountPlan.NONE.mounts());
    }

    @Test
    void tmpfsTakesFlagsAndPassesTheRestAsData() {
        MountPlan plan = MountOptions.parse(Map.of("type", "tmpfs", "device", "tmpfs",
                "o", "size=64m,uid=1000,noexec,,nosuid"));
        assertEquals(new MountPlan("tmpfs", "tmpfs", MS_NOEXEC | MS_NOSUID, "size=64m,uid=1000"), plan);
    }

    @Test
    void sizeBecomesTheTmpfsSizeInBytes() {
        assertEquals(new MountPlan("tmpfs", "tmpfs", 0, "mode=1777,size=1610612736"), MountOptions.parse(
                Map.of("type", "tmpfs", "device", "tmpfs", "o", "mode=1777", "size", "1.5g")));
        assertEquals("size=16777216",
                MountOptions.parse(Map.of("type", "tmpfs", "device", "tmpfs", "size", "16MiB")).data());
    }

    @Test
    void bindFlagsAreKeptForTheFollowUpCalls() {
        MountPlan plan = MountOptions.parse(Map.of("type", "none", "device", "/srv/x", "o", "rbind,ro,rprivate,rw,ro"));
        assertEquals(new MountPlan("/srv/x", "none", MS_BIND | MS_REC | MS_RDONLY | MS_PRIVATE, ""), plan);
    }

    @Test
    void refusalsNameTheOption() {
        assertRefused("invalid option key: \"a\"", Map.of("zz", "1", "a", "2", "type", "tmpfs"));
        assertRefused("invalid option key: \"\"", Map.of("", "1"));
        assertRefused("missing required option: \"device\"", Map.of("type", "tmpfs"));
        assertRefused("missing required option: \"type\"", Map.of("device", "/dev/sdb1"));
        assertRefused("missing required option: \"device\"", Map.of("o", "size=1m"));
        assertRefused("option \"type\" needs a value", Map.of("type", " ", "device", "tmpfs"));
        assertRefused("quota size requested but no quota support: option \"size\" applies only to a volume with"
                + " type=tmpfs", Map.of("size", "10m"));
        assertRefused("quota size requested but no quota support: option \"size\" applies only to a volume with"
                + " type=tmpfs", Map.of("type", "none", "o", "bind", "device", "/srv", "size", "1g"));
        assertRefused("invalid option \"size\": \"lots\" is no size (such as 64m or 1g)",
                Map.of("type", "tmpfs", "device", "tmpfs", "size", "lots"));
        assertRefused("option \"size\" conflicts with \"size=2m\" in option \"o\"",
                Map.of("type", "tmpfs", "device", "tmpfs", "size", "1m", "o", "size=2m"));
        assertRefused("option \"type\": \"none\" mounts nothing without o=bind or o=rbind",
                Map.of("type", "none", "device", "/srv"));
        assertRefused("option \"device\" of a bind mount must be an absolute path, not \"srv/../x\"",
                Map.of("type", "none", "o", "bind", "device", "srv/../x"));
        assertRefused("invalid option \"o\": \"remount\" cannot apply to a new volume",
                Map.of("type", "tmpfs", "device", "tmpfs", "o", "remount,ro"));
    }

    @Test
    void sizesReadAsDockersUnits() {
        assertEquals(OptionalLong.of(67108864), RamSize.bytes("64m"));
        assertEquals(OptionalLong.of(524288), RamSize.bytes("512 KiB"));
        assertEquals(OptionalLong.of(10), RamSize.bytes("10"));
        assertEquals(OptionalLong.of(1073741824), RamSize.bytes("1GB"));
        assertEquals(OptionalLong.empty(), RamSize.bytes("-1m"));
        assertEquals(OptionalLong.empty(), RamSize.bytes("1x"));
        assertEquals(OptionalLong.empty(), RamSize.bytes("99999999999p"));
    }

    private static void assertRefused(String message, Map<String, String> options) {
        assertEquals(message, assertThrows(InvalidArgumentException.class, () -> MountOptions.parse(options))
                .getMessage());
    }
}
