package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.monitor.ContainerStats;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Containers;
import io.gantry.testkit.fake.FakeContainers;
import io.gantry.testkit.fake.FakeMonitor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InspectWaitStatsTest {
    private static final String WEB = Containers.id("ab");

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();
    private final FakeMonitor monitor = new FakeMonitor(containers);

    @BeforeEach
    void oneContainer() {
        containers.add(Containers.created(WEB, "web", ContainerConfig.builder("busybox").build(),
                Instant.parse("2024-05-01T12:00:00Z")));
    }

    @Test
    void inspectPrintsAJsonArrayOfRecords() throws Exception {
        InspectCommand inspect = parse(new InspectCommand(), "web", "abab");
        inspect.containers = containers;
        inspect.execute();
        String json = console.out();
        assertTrue(json.startsWith("[\n    {\n        \"id\": \"" + WEB + "\",\n        \"name\": \"web\","), json);
        assertEquals(2, json.split("\"id\": ").length - 1, json);
        assertTrue(json.endsWith("    }\n]\n"), json);
    }

    @Test
    void inspectOfAnUnknownContainerFails() throws Exception {
        InspectCommand inspect = parse(new InspectCommand(), "nope");
        inspect.containers = containers;
        assertThrows(NotFoundException.class, inspect::execute);
        assertEquals("", console.out());
    }

    @Test
    void waitPrintsTheExitCode() throws Exception {
        containers.exit.complete(new ExitStatus(3, false));
        WaitCommand wait = parse(new WaitCommand(), "web");
        wait.containers = containers;
        wait.execute();
        assertEquals(List.of("waitFor " + WEB + " NOT_RUNNING"), containers.calls);
        assertEquals("3\n", console.out());
    }

    @Test
    void waitRethrowsTheServicesFailure() throws Exception {
        containers.exit.completeExceptionally(new FailedPreconditionException("container web was removed"));
        WaitCommand wait = parse(new WaitCommand(), "web");
        wait.containers = containers;
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class, wait::execute);
        assertEquals("container web was removed", e.getMessage());
    }

    @Test
    void statsPrintsOneSortedRowPerFigure() throws Exception {
        monitor.stats = new ContainerStats(WEB, Instant.now(), Map.of(
                "pids", Map.of("current", 2L),
                "memory", Map.of("usage", 1048576L, "limit", 6291456L)));
        StatsCommand stats = parse(new StatsCommand(), "web");
        stats.monitor = monitor;
        stats.execute();
        List<String> rows = console.out().lines().skip(2).map(l -> l.replaceAll(" *\\| *", ",").strip()).toList();
        assertEquals(List.of("memory,limit,6291456", "memory,usage,1048576", "pids,current,2"), rows);
    }
}
