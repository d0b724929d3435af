package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.VolumeOptions;
import io.gantry.api.network.PortBinding;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeContainers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreateCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();

    @Test
    void createsWithoutStartingAndPrintsTheId() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "--name", "db", "-l", "a=b", "busybox", "sleep", "1");
        create.containers = containers;
        create.execute();
        assertEquals(List.of("create busybox"), containers.calls);
        assertEquals("db", containers.created.get(0).name());
        assertEquals(List.of("sleep", "1"), containers.created.get(0).cmd());
        assertEquals(FakeContainers.id(1) + "\n", console.out());
    }

    @Test
    void publishesPortsAndSetsNetworkAliases() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "--network", "front", "-p", "127.0.0.1:18080:80",
                "--publish", "53/udp", "--network-alias", "db", "busybox");
        create.containers = containers;
        create.execute();
        assertEquals(List.of(new PortBinding("127.0.0.1", 18080, 80, "tcp"), new PortBinding("", 0, 53, "udp")),
                containers.created.get(0).ports());
        assertEquals(List.of("db"), containers.created.get(0).networkAliases());
        assertEquals("front", containers.created.get(0).networkMode());
    }

    @Test
    void mapsVolumesMountsTmpfsAndTheRestartPolicy() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "-v", "/srv:/data:ro", "--volume", "cache:/cache",
                "--mount", "type=bind,source=/logs,target=/logs", "--tmpfs", "/run", "--restart", "on-failure:2",
                "busybox");
        create.containers = containers;
        create.execute();
        assertEquals(List.of(Mount.bind("/srv", "/data", true), new Mount(Mount.Type.VOLUME, "cache", "/cache", false),
                Mount.bind("/logs", "/logs", false), new Mount(Mount.Type.TMPFS, null, "/run", false)),
                containers.created.get(0).mounts());
        assertEquals(new RestartPolicy("on-failure", 2), containers.created.get(0).restartPolicy());
    }

    @Test
    void volumeOptionsSetExactlyTheirMountsAndTheVolumeDriver() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "-v", "db:/data:ro,nocopy", "-v", "/scratch", "--mount",
                "type=volume,source=logs,target=/logs,volume-driver=local,volume-opt=type=tmpfs,volume-label=tier=db",
                "--volume-driver", "nfs", "busybox");
        create.containers = containers;
        create.execute();
        CreateCommand plain = parse(new CreateCommand(), "busybox");
        plain.containers = containers;
        plain.execute();

        ContainerConfig expected = containers.created.get(1).toBuilder()
                .mounts(List.of(Mount.volume("db", "/data", true, new VolumeOptions(true, null, Map.of(), Map.of())),
                        Mount.volume(null, "/scratch", false, null),
                        Mount.volume("logs", "/logs", false, new VolumeOptions(false, "local",
                                Map.of("type", "tmpfs"), Map.of("tier", "db")))))
                .volumeDriver("nfs")
                .build();
        assertEquals(expected, containers.created.get(0));
        assertEquals(List.of(), containers.created.get(1).mounts());
        assertNull(containers.created.get(1).volumeDriver());
    }

    @Test
    void aBadRestartPolicyOrMountCreatesNothing() throws Exception {
        CreateCommand badPolicy = parse(new CreateCommand(), "--restart", "sometimes", "busybox");
        badPolicy.containers = containers;
        assertThrows(InvalidArgumentException.class, badPolicy::execute);
        CreateCommand badMount = parse(new CreateCommand(), "-v", "/srv:data", "busybox");
        badMount.containers = containers;
        assertThrows(InvalidArgumentException.class, badMount::execute);
        assertEquals(List.of(), containers.calls);
    }

    @Test
    void runRefusesRestartWithRm() throws Exception {
        RunCommand run = parse(new RunCommand(), "--rm", "--restart", "always", "busybox");
        run.containers = containers;
        assertEquals("conflicting options: --restart and --rm",
                assertThrows(InvalidArgumentException.class, run::execute).getMessage());
        assertEquals(List.of(), containers.calls);
    }

    @Test
    void hasNoRunOnlyOptions() {
        assertThrows(Exception.class, () -> parse(new CreateCommand(), "--rm", "busybox"));
        assertThrows(Exception.class, () -> parse(new CreateCommand(), "-d", "busybox"));
    }

    @Test
    void rejectsBadCpusBeforeCreating() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "--cpus", "many", "busybox");
        create.containers = containers;
        assertThrows(InvalidArgumentException.class, create::execute);
        assertEquals(List.of(), containers.calls);
    }
}
