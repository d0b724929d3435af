package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static io.gantry.shell.internal.TableRows.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Containers;
import io.gantry.testkit.fake.FakeContainers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PsCommandTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();

    @BeforeEach
    void threeContainers() {
        ContainerConfig top = ContainerConfig.builder("busybox").cmd(List.of("sh", "-c", "while true; do date; done")).build();
        Container old = Containers.created(Containers.id("0ld"), "old", top, NOW.minusSeconds(7200));
        containers.add(Containers.exited(old, NOW.minusSeconds(7000), NOW.minusSeconds(5), 3));
        Container web = Containers.created(Containers.id("ab"), "web", top, NOW.minusSeconds(120));
        containers.add(Containers.running(web, NOW.minusSeconds(3)));
        containers.add(Containers.created(Containers.id("cd"), "fresh", ContainerConfig.builder("alpine").build(), NOW));
    }

    private PsCommand command(String... args) throws Exception {
        PsCommand ps = parse(new PsCommand(), args);
        ps.containers = containers;
        ps.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return ps;
    }

    @Test
    void listsRunningContainersInATable() throws Exception {
        command().execute();
        List<String> lines = console.out().lines().toList();
        assertEquals(3, lines.size(), console.out());
        assertTrue(lines.get(0).matches("CONTAINER ID +\\| IMAGE +\\| COMMAND +\\| CREATED +\\| STATUS +\\| NAMES"), lines.get(0));
        assertEquals(expectedWebRow(), cells(lines.get(2)));
        assertEquals(List.of("list all=false"), containers.calls);
    }

    private static List<String> expectedWebRow() {
        return List.of("abababababab", "busybox", "\"sh -c while true; d…\"", "2 minutes ago", "Up 3 seconds", "web");
    }

    @Test
    void allListsEveryContainerNewestFirst() throws Exception {
        command("-a").execute();
        List<String> lines = console.out().lines().toList();
        assertEquals(5, lines.size(), console.out());
        assertEquals(List.of("cdcdcdcdcdcd", "alpine", "\"\"", "Less than a second ago", "Created", "fresh"), cells(lines.get(2)));
        assertEquals(expectedWebRow(), cells(lines.get(3)));
        assertEquals(List.of("0ld0ld0ld0ld", "busybox", "\"sh -c while true; d…\"", "2 hours ago", "Exited (3) 5 seconds ago",
                "old"), cells(lines.get(4)));
    }

    @Test
    void quietPrintsOnlyIds() throws Exception {
        command("-a", "-q").execute();
        assertEquals("cdcdcdcdcdcd\nabababababab\n0ld0ld0ld0ld\n", console.out());
    }

    @Test
    void noTruncShowsFullIdsAndCommands() throws Exception {
        command("--no-trunc").execute();
        assertEquals(List.of(Containers.id("ab"), "busybox", "\"sh -c while true; do date; done\"", "2 minutes ago",
                "Up 3 seconds", "web"), cells(console.out().lines().toList().get(2)));
    }
}
