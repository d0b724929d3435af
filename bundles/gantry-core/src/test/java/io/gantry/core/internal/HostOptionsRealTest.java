package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.DeviceMapping;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.container.Ulimit;
import io.gantry.ns.ipc.internal.IpcNamespaceProvider;
import io.gantry.ns.net.internal.NetworkNamespaceProvider;
import io.gantry.testkit.Await;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** --shm-size, --sysctl, --ulimit, --group-add, --device and --init in real busybox containers. */
class HostOptionsRealTest extends RealEngineTest {

    @BeforeAll
    void start() throws Exception {
        real.engine.providers.bindNamespaceProvider(new IpcNamespaceProvider(), Map.of("service.id", 10L));
        real.engine.providers.bindNamespaceProvider(new NetworkNamespaceProvider(), Map.of("service.id", 11L));
    }

    @Test
    void shmHasTheGivenSizeOrDockersDefault() throws Exception {
        String shmOptions = "awk '$2==\"/dev/shm\"{print $4}' /proc/mounts";
        Container sized = real.runToEnd(RealEngine.script(shmOptions).shmSizeBytes(16L << 20));
        assertTrue(real.output(sized.id()).contains("size=16384k"), real.output(sized.id()));
        Container standard = real.runToEnd(RealEngine.script(shmOptions));
        assertTrue(real.output(standard.id()).contains("size=65536k"), real.output(standard.id()));
    }

    @Test
    void namespacedSysctlsAreSetInTheContainer() throws Exception {
        Container box = real.runToEnd(RealEngine.script("cat /proc/sys/kernel/shmmax /proc/sys/net/ipv4/ip_forward")
                .sysctls(Map.of("kernel.shmmax", "123456789", "net.ipv4.ip_forward", "1")));
        assertEquals("123456789\n1\n", real.output(box.id()));
    }

    @Test
    void ulimitsBecomeTheProcessLimits() throws Exception {
        Container box = real.runToEnd(RealEngine.script("ulimit -Sn; ulimit -Hn; ulimit -c")
                .ulimits(List.of(new Ulimit("nofile", 512, 768), new Ulimit("core", 0, 0))));
        assertEquals("512\n768\n0\n", real.output(box.id()));
    }

    @Test
    void groupsAreAddedByNameAndNumberAndAnUnknownNameFailsTheStart() throws Exception {
        Container box = real.runToEnd(RealEngine.script("id -G").groupAdd(List.of("nogroup", "1234")));
        assertEquals("0 1234 65534\n", real.output(box.id()), "the kernel sorts the groups");

        Container unknown = real.engine.lifecycle.create(RealEngine.script("id -G").groupAdd(List.of("wheel")).build());
        InvalidArgumentException failure = assertThrows(InvalidArgumentException.class,
                () -> real.engine.lifecycle.start(unknown.id()));
        assertEquals("Unable to find group wheel: no matching entries in group file", failure.getMessage());
        assertEquals(ContainerState.CREATED, real.state(unknown.id()));
    }

    @Test
    void aDeviceIsCreatedWithTheHostsNumbersAndOnlyTheGivenAccess() throws Exception {
        Container writable = real.runToEnd(RealEngine.script("stat -c '%t:%T %F' /dev/kmsg && true > /dev/kmsg && echo wrote")
                .devices(List.of(new DeviceMapping("/dev/kmsg", null, null))));
        assertEquals("1:b character special file\nwrote\n", real.output(writable.id()));

        Container readOnly = real.runToEnd(RealEngine.script("true > /dev/klog || echo refused")
                .devices(List.of(new DeviceMapping("/dev/kmsg", "/dev/klog", "r"))));
        String refused = real.output(readOnly.id());
        assertTrue(refused.contains("refused\n") && refused.contains("Operation not permitted\n"), refused);
    }

    @Test
    void initRunsAsPidOneAndTheContainerExitsWithTheCommandsStatus() throws Exception {
        Container box = real.runToEnd(RealEngine.busybox("sh", "-c", "tr '\\0' ' ' < /proc/1/cmdline; echo; exit 3")
                .init(true));
        assertEquals(3, box.exitCode());
        Await.until("the log", () -> !real.log(box.id()).isEmpty());
        assertEquals("/sbin/docker-init -- sh -c tr '\\0' ' ' < /proc/1/cmdline; echo; exit 3 \n", real.log(box.id()));
    }

    @Test
    void badOptionsAreRefusedAtCreateLeavingNothing() {
        int before = real.engine.lifecycle.list(true).size();
        assertRefused("sysctl vm.swappiness is not allowed: only the namespaced kernel.msgmax, kernel.msgmnb,"
                + " kernel.msgmni, kernel.sem, kernel.shm_rmid_forced, kernel.shmall, kernel.shmmax, kernel.shmmni,"
                + " fs.mqueue.* and net.* are", RealEngine.busybox("true").sysctls(Map.of("vm.swappiness", "1")));
        assertRefused("sysctl net.ipv4.ip_forward is not allowed in host network namespace",
                RealEngine.busybox("true").networkMode("host").sysctls(Map.of("net.ipv4.ip_forward", "1")));
        assertRefused("sysctl kernel.shmmax is not allowed in host ipc namespace", RealEngine.busybox("true")
                .ipcMode(NamespaceMode.HOST).sysctls(Map.of("kernel.shmmax", "1")));
        assertRefused("invalid ulimit type: files", RealEngine.busybox("true")
                .ulimits(List.of(new Ulimit("files", 1, 1))));
        assertRefused("ulimit soft limit must be less than or equal to hard limit: 10 > 5", RealEngine.busybox("true")
                .ulimits(List.of(new Ulimit("nofile", 10, 5))));
        assertRefused("invalid shm size 0: must be greater than 0", RealEngine.busybox("true").shmSizeBytes(0L));
        assertRefused("error gathering device information while adding custom device \"/etc/passwd\": not a device"
                + " node", RealEngine.busybox("true").devices(List.of(new DeviceMapping("/etc/passwd", null, null))));
        assertRefused("error gathering device information while adding custom device \"/dev/none\": no such file or"
                + " directory", RealEngine.busybox("true").devices(List.of(new DeviceMapping("/dev/none", null, null))));
        assertRefused("invalid device mode: rwx", RealEngine.busybox("true")
                .devices(List.of(new DeviceMapping("/dev/kmsg", null, "rwx"))));
        assertRefused("invalid group id 99999999999: out of range", RealEngine.busybox("true")
                .groupAdd(List.of("99999999999")));
        assertEquals(before, real.engine.lifecycle.list(true).size());
    }

    private void assertRefused(String message, ContainerConfig.Builder config) {
        assertEquals(message, assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(config.build()))
                .getMessage());
    }
}
