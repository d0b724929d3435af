package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Containers;
import io.gantry.testkit.fake.FakeContainers;
import io.gantry.testkit.fake.FakeMonitor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsCommandTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();
    private final FakeMonitor monitor = new FakeMonitor(containers);

    @BeforeEach
    void oneContainer() {
        containers.add(Containers.created(Containers.id("ab"), "web", ContainerConfig.builder("busybox").build(), NOW));
        monitor.log.add(new LogEntry(LogEntry.Stream.STDOUT, NOW.minusSeconds(1), "ready", false));
    }

    private LogsCommand command(String... args) throws Exception {
        LogsCommand logs = parse(new LogsCommand(), args);
        logs.monitor = monitor;
        logs.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return logs;
    }

    @Test
    void readsTheWholeLogWithoutFollowing() throws Exception {
        command("web").execute();
        assertEquals(LogOptions.ALL, monitor.logOptions);
        assertEquals("ready\n", console.out());
    }

    @Test
    void passesFollowTailAndTimeWindow() throws Exception {
        command("-f", "--tail", "5", "--since", "10m", "--until", "2024-05-01T11:59:00Z", "web").execute();
        assertEquals(new LogOptions(true, true, true, 5, NOW.minusSeconds(600), Instant.parse("2024-05-01T11:59:00Z")),
                monitor.logOptions);
    }

    @Test
    void timestampsPrefixEachLine() throws Exception {
        command("-t", "-n", "all", "web").execute();
        assertEquals("2024-05-01T11:59:59Z ready\n", console.out());
        assertEquals(null, monitor.logOptions.tail());
    }

    @Test
    void badValuesAndUnknownContainersFail() throws Exception {
        assertThrows(InvalidArgumentException.class, command("--tail", "-3", "web")::execute);
        assertThrows(InvalidArgumentException.class, command("--since", "then", "web")::execute);
        NotFoundException e = assertThrows(NotFoundException.class, command("nope")::execute);
        assertEquals("No such container: nope", e.getMessage());
    }
}
