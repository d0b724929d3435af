package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Containers;
import io.gantry.testkit.fake.FakeContainers;
import io.gantry.testkit.fake.FakeMonitor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiffCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void printsEachChangeWithDockersLetter() throws Exception {
        FakeContainers containers = new FakeContainers();
        String web = containers.add(Containers.created(Containers.id("ab"), "web",
                ContainerConfig.builder("busybox").build(), Instant.now())).id();
        FakeMonitor monitor = new FakeMonitor(containers);
        monitor.changes.addAll(List.of(new FileChange("/etc", FileChange.Kind.MODIFIED),
                new FileChange("/etc/new", FileChange.Kind.ADDED), new FileChange("/bin/gone", FileChange.Kind.DELETED)));
        DiffCommand diff = parse(new DiffCommand(), "web");
        diff.monitor = monitor;
        diff.execute();
        assertEquals(List.of("changes " + web), containers.calls);
        assertEquals("C /etc\nA /etc/new\nD /bin/gone\n", console.out());
    }
}
