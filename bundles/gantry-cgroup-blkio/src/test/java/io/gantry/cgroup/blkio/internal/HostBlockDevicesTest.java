package io.gantry.cgroup.blkio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostBlockDevicesTest {
    private static final String FLAG = "BlkioDeviceReadBps (--device-read-bps)";
    private final HostBlockDevices devices = new HostBlockDevices();

    private String refusal(String path) {
        return assertThrows(InvalidArgumentException.class, () -> devices.resolve(path, FLAG)).getMessage();
    }

    @Test
    void resolvesALoopDeviceToTheNumberSysfsGivesIt() throws IOException {
        try (LoopDevice loop = LoopDevice.attach()) {
            assertEquals(loop.sysfsNumber(), devices.resolve(loop.path(), FLAG));
        }
    }

    @Test
    void resolvesTheHostsFirstDisk() {
        HostDisk disk = HostDisk.require();
        assertEquals(disk.number(), devices.resolve(disk.path(), FLAG));
    }

    @Test
    void refusesWhatIsNotABlockDeviceNamingTheFlag(@TempDir Path dir) {
        assertEquals("invalid device path /dev/null for " + FLAG + ": not a block device", refusal("/dev/null"));
        assertEquals("invalid device path " + dir + " for " + FLAG + ": not a block device", refusal(dir.toString()));
        assertEquals("invalid device path /dev/gantry-none for " + FLAG + ": no such file",
                refusal("/dev/gantry-none"));
    }

    @Test
    void splitsRdevAsGlibcDoes() {
        long major = 259;
        long minor = 70_000;
        long rdev = ((major & 0xfffff000L) << 32) | ((major & 0xfff) << 8) | ((minor & 0xffffff00L) << 12)
                | (minor & 0xff);
        assertEquals(major, HostBlockDevices.major(rdev));
        assertEquals(minor, HostBlockDevices.minor(rdev));
        assertEquals(8, HostBlockDevices.major(0x810));
        assertEquals(16, HostBlockDevices.minor(0x810));
    }
}
