package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.FakeContainerService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiffCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void printsEachChangeWithDockersLetter() throws Exception {
        FakeContainerService containers = new FakeContainerService();
        DiffCommand diff = parse(new DiffCommand(), "web");
        diff.containers = containers;
        diff.execute();
        assertEquals(List.of("changes web"), containers.calls);
        assertEquals("C /etc\nA /etc/new\nD /bin/gone\n", console.out());
    }
}
