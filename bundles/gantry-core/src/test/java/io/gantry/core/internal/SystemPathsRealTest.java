package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.Container;
import io.gantry.api.container.SecurityOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Masked and read-only /proc and /sys paths (HostConfig.MaskedPaths and ReadonlyPaths) in real busybox containers. */
class SystemPathsRealTest extends RealEngineTest {
    private static final String PROBE = "grep -q ' /proc/keys ' /proc/mounts && echo keys-masked || echo keys-open;"
            + " awk '$2==\"/proc/sys\"{print $4}' /proc/mounts | grep -q ^ro, && echo sys-ro || echo sys-rw";

    @Test
    void dockersDefaultsMaskKeysAndMakeProcSysReadOnly() throws Exception {
        assertEquals("keys-masked\nsys-ro\n", probe(SecurityOptions.DEFAULT));
    }

    @Test
    void emptyListsMaskNothing() throws Exception {
        Container box = real.runToEnd(RealEngine.script(PROBE).maskedPaths(List.of()).readonlyPaths(List.of()));
        assertEquals("keys-open\nsys-rw\n", real.output(box.id()));
    }

    @Test
    void theContainersOwnListsReplaceTheDefaults() throws Exception {
        Container box = real.runToEnd(RealEngine.script(PROBE + "; grep -c ' /proc/timer_list ' /proc/mounts;"
                + " grep -q ' /proc/bus .*ro,' /proc/mounts && echo bus-ro")
                .maskedPaths(List.of("/proc/keys")).readonlyPaths(List.of("/proc/bus")));
        assertEquals("keys-masked\nsys-rw\n0\nbus-ro\n", real.output(box.id()));
    }

    @Test
    void aPrivilegedContainerGetsNone() throws Exception {
        assertEquals("keys-open\nsys-rw\n", probe(new SecurityOptions(true, false, List.of(), List.of(),
                false)));
    }

    private String probe(SecurityOptions security) throws Exception {
        Container box = real.runToEnd(RealEngine.script(PROBE).security(security));
        return real.output(box.id());
    }
}
