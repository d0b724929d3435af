package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeContainers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** container:create and container:run's --health-* and --no-healthcheck, read as the docker CLI reads them. */
class HealthOptionsTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();

    @Test
    void everyHealthOptionReachesTheConfig() throws Exception {
        ContainerConfig c = create("--health-cmd", "wget -q -O- localhost", "--health-interval", "1m30s",
                "--health-timeout", "500ms", "--health-retries", "5", "--health-start-period", "1.5s", "busybox");
        assertEquals(new HealthConfig(List.of("CMD-SHELL", "wget -q -O- localhost"), Duration.ofSeconds(90),
                Duration.ofMillis(500), Duration.ofMillis(1500), 5), c.healthcheck());
    }

    @Test
    void withoutOptionsTheImagesCheckAppliesAndSettingsAloneKeepItsCommand() throws Exception {
        assertNull(create("busybox").healthcheck());
        assertEquals(new HealthConfig(List.of(), Duration.ofSeconds(2), null, null, null),
                create("--health-interval", "2s", "busybox").healthcheck());
        assertNull(create("--health-interval", "0s", "--health-retries", "0", "busybox").healthcheck(),
                "zero values are unset, as in the docker CLI");
    }

    @Test
    void noHealthcheckDisablesTheImagesCheck() throws Exception {
        assertEquals(HealthConfig.none(), create("--no-healthcheck", "busybox").healthcheck());
        RunCommand run = parse(new RunCommand(), "-d", "--no-healthcheck", "busybox");
        run.containers = containers;
        run.execute();
        assertEquals(HealthConfig.none(), containers.created.get(containers.created.size() - 1).healthcheck());
    }

    @Test
    void badValuesAreRefusedInTheDockerClisWords() throws Exception {
        assertEquals("--no-healthcheck conflicts with --health-* options",
                refused("--no-healthcheck", "--health-cmd", "true", "busybox"));
        assertEquals("--health-interval cannot be negative", refused("--health-interval", "-1s", "busybox"));
        assertEquals("--health-retries cannot be negative", refused("--health-retries", "-1", "busybox"));
        assertEquals("invalid argument \"soon\" for \"--health-timeout\" flag: time: invalid duration \"soon\"",
                refused("--health-timeout", "soon", "busybox"));
        assertEquals("Interval in Healthcheck cannot be less than 1ms",
                refused("--health-interval", "10us", "busybox"));
        assertEquals(List.of(), containers.calls);
    }

    private ContainerConfig create(String... args) throws Exception {
        CreateCommand create = parse(new CreateCommand(), args);
        create.containers = containers;
        create.execute();
        return containers.created.get(containers.created.size() - 1);
    }

    private String refused(String... args) throws Exception {
        CreateCommand create = parse(new CreateCommand(), args);
        create.containers = containers;
        return assertThrows(InvalidArgumentException.class, create::execute).getMessage();
    }
}
