package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.Mount;
import io.gantry.api.container.SecurityOptions;
import io.gantry.ns.ipc.internal.IpcNamespaceProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** --privileged, --read-only, --cap-add, --cap-drop and no-new-privileges in real busybox containers. */
class SecurityOptionsRealTest extends RealEngineTest {
    private static final String MOUNT_OPTIONS = "awk '$2==\"%s\"{print $4}' /proc/mounts";

    @BeforeAll
    void start() throws Exception {
        real.engine.providers.bindNamespaceProvider(new IpcNamespaceProvider(), Map.of("service.id", 10L));
    }

    @Test
    void aPrivilegedContainerHasEveryCapabilityAndHostDeviceAndNoMaskedPaths() throws Exception {
        String script = "grep CapEff /proc/self/status; ls /dev/kmsg; " + String.format(MOUNT_OPTIONS, "/sys")
                + "; grep -c /proc/keys /proc/mounts";
        Container box = real.runToEnd(RealEngine.script(script)
                .security(new SecurityOptions(true, false, List.of(), List.of(), false)));
        String bounding = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("CapBnd:")).findFirst().orElseThrow().substring("CapBnd:".length());
        String log = real.output(box.id());
        assertTrue(log.startsWith("CapEff:" + bounding + "\n/dev/kmsg\nrw,"), log);
        assertTrue(log.endsWith("\n0\n"), "/proc/keys is not masked: " + log);
    }

    @Test
    void anUnprivilegedContainerHasDockersDefaultsAndMaskedPaths() throws Exception {
        Container box = real.runToEnd(RealEngine.script("grep -E 'CapEff|NoNewPrivs' /proc/self/status; "
                + "ls /dev/kmsg 2>&1; grep -c /proc/keys /proc/mounts"));
        String log = real.output(box.id());
        assertTrue(log.startsWith("NoNewPrivs:\t0\nCapEff:\t00000000a80425fb\n")
                || log.startsWith("CapEff:\t00000000a80425fb\nNoNewPrivs:\t0\n"), log);
        assertTrue(log.contains("No such file or directory") && log.endsWith("\n1\n"), log);
    }

    @Test
    void capabilitiesAreAddedAndDroppedByAnyNameAndAllCanBeDropped() throws Exception {
        Container some = real.runToEnd(RealEngine.script("grep CapEff /proc/self/status")
                .security(new SecurityOptions(false, false, List.of("net_admin"), List.of("CAP_CHOWN"), false)));
        assertEquals("CapEff:\t00000000a80435fa\n", real.output(some.id()));
        Container onlyChown = real.runToEnd(RealEngine.script("grep CapEff /proc/self/status")
                .security(new SecurityOptions(false, false, List.of("Chown"), List.of("ALL"), false)));
        assertEquals("CapEff:\t0000000000000001\n", real.output(onlyChown.id()));
    }

    @Test
    void noNewPrivilegesIsSetOnTheProcess() throws Exception {
        Container box = real.runToEnd(RealEngine.script("grep NoNewPrivs /proc/self/status")
                .security(new SecurityOptions(false, false, List.of(), List.of(), true)));
        assertEquals("NoNewPrivs:\t1\n", real.output(box.id()));
    }

    @Test
    void aReadOnlyRootKeepsTmpfsMountsShmAndProcWritable() throws Exception {
        String script = "touch /file 2>&1; echo data > /scratch/f && cat /scratch/f; touch /dev/shm/s && echo shm; "
                + String.format(MOUNT_OPTIONS, "/") + "; " + String.format(MOUNT_OPTIONS, "/etc/hosts") + "; "
                + String.format(MOUNT_OPTIONS, "/proc");
        Container box = real.runToEnd(RealEngine.script(script)
                .mounts(List.of(new Mount(Mount.Type.TMPFS, null, "/scratch", false)))
                .security(new SecurityOptions(false, true, List.of(), List.of(), false)));
        List<String> lines = real.output(box.id()).lines().toList();
        assertTrue(lines.get(0).endsWith("Read-only file system"), lines.toString());
        assertEquals(List.of("data", "shm"), lines.subList(1, 3));
        assertTrue(lines.get(3).startsWith("ro,"), "root: " + lines);
        assertTrue(lines.get(4).startsWith("ro,"), "/etc/hosts: " + lines);
        assertTrue(lines.get(5).startsWith("rw,"), "/proc: " + lines);
    }

    @Test
    void unknownCapabilitiesAreRefusedAtCreateLeavingNothing() {
        int before = real.engine.lifecycle.list(true).size();
        InvalidArgumentException unknown = assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(
                RealEngine.busybox("true").security(new SecurityOptions(false, false, List.of("CAP_FLY"), List.of(),
                        false)).build()));
        assertEquals("unknown capability: \"CAP_FLY\"", unknown.getMessage());
        assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(RealEngine.busybox("true")
                .security(new SecurityOptions(false, false, List.of(), List.of("sys_nothing"), false)).build()));
        assertEquals(before, real.engine.lifecycle.list(true).size());
    }
}
