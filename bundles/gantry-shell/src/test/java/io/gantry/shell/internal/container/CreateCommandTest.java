package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Containers;
import io.gantry.shell.internal.FakeContainerService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreateCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainerService containers = new FakeContainerService();

    @Test
    void createsWithoutStartingAndPrintsTheId() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "--name", "db", "-l", "a=b", "busybox", "sleep", "1");
        create.containers = containers;
        create.execute();
        assertEquals(List.of("create busybox"), containers.calls);
        assertEquals("db", containers.created.name());
        assertEquals(List.of("sleep", "1"), containers.created.cmd());
        assertEquals(Containers.id("c0ffee") + "\n", console.out());
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
