package io.gantry.natives.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MountInfoTest {
    @Test
    void unescapesOctalSequencesInTheMountPoint() {
        String line = "36 35 98:0 / /mnt/my\\040dir\\134x rw,noatime master:1 - ext3 /dev/root rw";
        assertEquals("/mnt/my dir\\x", MountInfo.mountPoint(line));
    }

    @Test
    void knowsProcIsMountedAndItsSubdirectoryIsNot() {
        assertTrue(MountInfo.isMountPoint("/proc"));
        assertFalse(MountInfo.isMountPoint("/proc/self/fd"));
        assertFalse(MountInfo.isMountPoint("/does/not/exist"));
    }
}
