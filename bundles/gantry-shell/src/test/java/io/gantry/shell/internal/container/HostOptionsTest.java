package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.DeviceMapping;
import io.gantry.api.container.DnsSettings;
import io.gantry.api.container.SecurityOptions;
import io.gantry.api.container.Ulimit;
import io.gantry.api.network.PortBinding;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeContainers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** container:create and container:run's security, DNS, limits, device, init, --ip and -P options. */
class HostOptionsTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();

    @Test
    void everyOptionReachesTheConfig() throws Exception {
        ContainerConfig c = create("--read-only", "--privileged", "--cap-add", "NET_ADMIN", "--cap-drop", "ALL",
                "--security-opt", "no-new-privileges", "--security-opt", "seccomp=unconfined", "--dns", "1.1.1.1",
                "--dns-search", "example.org", "--dns-option", "ndots:2", "--add-host", "db:10.0.0.5", "--shm-size",
                "128m", "--sysctl", "net.ipv4.ip_unprivileged_port_start=0", "--ulimit", "nofile=100:200",
                "--ulimit", "nproc=50", "--group-add", "123", "--device", "/dev/fuse", "--init", "--network", "n1",
                "--ip", "10.1.1.5", "--ip6", "fd67:1::5", "busybox");
        assertEquals(new SecurityOptions(true, true, List.of("NET_ADMIN"), List.of("ALL"), true), c.security());
        assertEquals(new DnsSettings(List.of("1.1.1.1"), List.of("example.org"), List.of("ndots:2")), c.dns());
        assertEquals(List.of("db:10.0.0.5"), c.extraHosts());
        assertEquals(128L * 1024 * 1024, c.shmSizeBytes());
        assertEquals(Map.of("net.ipv4.ip_unprivileged_port_start", "0"), c.sysctls());
        assertEquals(List.of(new Ulimit("nofile", 100, 200), new Ulimit("nproc", 50, 50)), c.ulimits());
        assertEquals(List.of("123"), c.groupAdd());
        assertEquals(List.of(new DeviceMapping("/dev/fuse", "/dev/fuse", "rwm")), c.devices());
        assertTrue(c.init());
        assertEquals("10.1.1.5", c.ipv4Address());
        assertEquals("fd67:1::5", c.ipv6Address());
    }

    @Test
    void withoutTheOptionsTheConfigAsksForNothing() throws Exception {
        ContainerConfig c = create("busybox");
        assertEquals(ContainerConfig.builder("busybox").build(), c);
    }

    @Test
    void exposeIsRecordedAndPublishAllLeftToTheEngine() throws Exception {
        ContainerConfig c = create("-P", "--expose", "80", "--expose", "53/udp", "-p", "8080:80", "busybox");
        assertEquals(List.of(new PortBinding("", 8080, 80, "tcp")), c.ports());
        assertEquals(List.of("80/tcp", "53/udp"), c.exposedPorts());
        assertTrue(c.publishAllPorts());
        ContainerConfig exposedOnly = create("--expose", "8080", "busybox");
        assertEquals(List.of("8080/tcp"), exposedOnly.exposedPorts());
        assertFalse(exposedOnly.publishAllPorts());
    }

    @Test
    void optionsTheEngineCannotHonourCreateNothing() throws Exception {
        assertEquals("security option apparmor=docker-default is not supported yet",
                refused("--security-opt", "apparmor=docker-default", "busybox"));
        assertEquals("invalid port '80/sctp': the protocol must be tcp or udp",
                refused("--expose", "80/sctp", "busybox"));
        assertEquals("invalid ulimit 'nofile=200:100': soft limit 200 is above hard limit 100",
                refused("--ulimit", "nofile=200:100", "busybox"));
        assertEquals("invalid sysctl 'kernel.x': expected name=value", refused("--sysctl", "kernel.x", "busybox"));
        assertEquals("invalid port '1:2:3:4': expected [ip:][hostPort:]containerPort[/tcp|udp]",
                refused("-p", "1:2:3:4", "busybox"));
        assertEquals("invalid port '0': the container port must be a number from 1 to 65535",
                refused("-p", "0", "busybox"));
        assertEquals(List.of(), containers.calls);
    }

    @Test
    void runTakesTheSameOptions() throws Exception {
        RunCommand run = parse(new RunCommand(), "-d", "--read-only", "--init", "busybox");
        run.containers = containers;
        run.execute();
        assertTrue(lastCreated().security().readOnlyRootfs() && lastCreated().init());
    }

    private ContainerConfig create(String... args) throws Exception {
        CreateCommand create = parse(new CreateCommand(), args);
        create.containers = containers;
        create.execute();
        return lastCreated();
    }

    private ContainerConfig lastCreated() {
        return containers.created.get(containers.created.size() - 1);
    }

    private String refused(String... args) throws Exception {
        CreateCommand create = parse(new CreateCommand(), args);
        create.containers = containers;
        return assertThrows(InvalidArgumentException.class, create::execute).getMessage();
    }
}
