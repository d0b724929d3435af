package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.LogConfig;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeContainers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** container:create and container:run's --log-driver and --log-opt, read as the docker CLI reads them. */
class LogDriverOptionsTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();

    @Test
    void theDriverAndItsOptionsReachTheConfig() throws Exception {
        ContainerConfig c = create("--log-driver", "local", "--log-opt", "max-size=10m", "--log-opt", "max-file=3",
                "busybox");
        assertEquals(new LogConfig("local", Map.of("max-size", "10m", "max-file", "3")), c.logConfig());
        RunCommand run = parse(new RunCommand(), "-d", "--log-driver", "none", "busybox");
        run.containers = containers;
        run.execute();
        assertEquals(new LogConfig("none", Map.of()), last().logConfig());
    }

    @Test
    void optionsAloneAreForTheEnginesDefaultDriverAndNothingLeavesItAll() throws Exception {
        assertEquals(new LogConfig(null, Map.of("max-size", "1m")), create("--log-opt", "max-size=1m", "busybox")
                .logConfig());
        assertNull(create("busybox").logConfig());
    }

    @Test
    void optionsForNoneAreRefusedInTheDockerClisWords() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "--log-driver", "none", "--log-opt", "max-size=1m",
                "busybox");
        create.containers = containers;
        assertEquals("invalid logging opts for driver none",
                assertThrows(InvalidArgumentException.class, create::execute).getMessage());
        assertEquals(List.of(), containers.calls);
    }

    private ContainerConfig create(String... args) throws Exception {
        CreateCommand create = parse(new CreateCommand(), args);
        create.containers = containers;
        create.execute();
        return last();
    }

    private ContainerConfig last() {
        return containers.created.get(containers.created.size() - 1);
    }
}
