package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.Resources;
import io.gantry.api.container.SecurityOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Docker's default device allow-list and --device-cgroup-rule, from the devices controller, in real containers. */
class DeviceCgroupRulesRealTest extends RealEngineTest {
    /** Makes a node for /dev/kmsg (c 1:11), which the default list lets it make but not open, and writes to it. */
    private static final String OPEN_KMSG = "mknod /tmp/kmsg c 1 11"
            + " && { true > /tmp/kmsg && echo opened || echo refused; } && true < /dev/zero && echo zero";

    @Test
    void theDefaultListAllowsTheStandardDevicesAndMknodOnly() throws Exception {
        Container box = real.runToEnd(RealEngine.script(OPEN_KMSG));
        String output = real.output(box.id());
        assertTrue(output.contains("Operation not permitted") && output.contains("refused\nzero\n"), output);
    }

    @Test
    void aDeviceCgroupRuleAllowsItsDevice() throws Exception {
        Container box = real.runToEnd(RealEngine.script(OPEN_KMSG)
                .resources(Resources.builder().deviceCgroupRules(List.of("c 1:11 w")).build()));
        assertEquals("opened\nzero\n", real.output(box.id()));
    }

    @Test
    void aPrivilegedContainerOpensEveryDevice() throws Exception {
        Container box = real.runToEnd(RealEngine.script(OPEN_KMSG)
                .security(new SecurityOptions(true, false, List.of(), List.of(), false)));
        assertEquals("opened\nzero\n", real.output(box.id()));
    }

    @Test
    void aBadRuleIsRefusedAtCreateWithDockersMessage() {
        int before = real.engine.lifecycle.list(true).size();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(
                RealEngine.busybox("true").resources(Resources.builder().deviceCgroupRules(List.of("c 1:11")).build())
                        .build()));
        assertEquals("invalid device cgroup format 'c 1:11'", e.getMessage());
        assertEquals(before, real.engine.lifecycle.list(true).size());
    }
}
