package io.gantry.api.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class MountTest {
    @Test
    void aBindNeedsAbsolutePathsOnBothSides() {
        assertEquals("invalid bind mount source 'data' for /data: it must be an absolute host path",
                assertThrows(InvalidArgumentException.class, () -> Mount.bind("data", "/data", false)).getMessage());
        assertEquals("invalid mount target 'data': it must be an absolute path in the container",
                assertThrows(InvalidArgumentException.class, () -> Mount.bind("/data", "data", false)).getMessage());
    }

    @Test
    void aTmpfsHasNoSource() {
        assertEquals("/run", new Mount(Mount.Type.TMPFS, null, "/run", false).target());
    }
}
