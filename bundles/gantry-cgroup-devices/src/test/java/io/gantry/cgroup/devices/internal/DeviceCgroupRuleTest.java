package io.gantry.cgroup.devices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.oci.LinuxResources.DeviceRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeviceCgroupRuleTest {
    @Test
    void parsesDockersSyntax() {
        assertEquals(new DeviceRule(true, "c", 1L, 3L, "rwm"), DeviceCgroupRule.parse("c 1:3 rwm"));
        assertEquals(new DeviceRule(true, "b", null, null, "m"), DeviceCgroupRule.parse("b *:* m"));
        assertEquals(new DeviceRule(true, "c", 189L, null, "rw"), DeviceCgroupRule.parse("c 189:* rw"));
        assertEquals(new DeviceRule(true, "a", null, null, "rwm"), DeviceCgroupRule.parse("a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c", "c 1:3", "c 1:3 rwx", "x 1:3 rwm", "c 1:3 rwmr", "c a:3 r", "c 1:3  r",
            " c 1:3 r", "c -1:3 r", "c 99999999999999999999:1 r"})
    void refusesAnythingElseWithDockersMessage(String rule) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> DeviceCgroupRule.parse(rule));
        assertEquals("invalid device cgroup format '" + rule + "'", e.getMessage());
    }

    @Test
    void writesTheKernelsLines() {
        assertEquals("c 1:3 rwm", DeviceCgroupRule.line(DeviceCgroupRule.parse("c 1:3 rwm")));
        assertEquals("b *:* m", DeviceCgroupRule.line(DeviceCgroupRule.parse("b *:* m")));
        assertEquals("a", DeviceCgroupRule.line(DefaultDeviceRules.RULES.get(0)));
        assertEquals("a", DeviceCgroupRule.line(DeviceCgroupRule.parse("a")));
    }
}
