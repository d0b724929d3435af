package io.gantry.shell.internal.container;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.shell.internal.format.CommandText;
import io.gantry.shell.internal.format.ContainerStatus;
import io.gantry.shell.internal.format.HumanTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "container", name = "ps", description = "Lists containers, newest first")
public class PsCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Option(name = "-a", aliases = "--all", description = "Show all containers, not only running ones")
    boolean all;
    @Option(name = "-q", aliases = "--quiet", description = "Print only the ids")
    boolean quiet;
    @Option(name = "--no-trunc", description = "Do not shorten ids and commands")
    boolean noTrunc;

    Clock clock = Clock.systemUTC();

    @Override
    public Object execute() {
        List<Container> list = containers.list(all).stream()
                .sorted(Comparator.comparing(Container::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        if (quiet) {
            list.forEach(c -> System.out.println(id(c)));
            return null;
        }
        Instant now = clock.instant();
        ShellTable table = new ShellTable();
        table.column("CONTAINER ID");
        table.column("IMAGE");
        table.column("COMMAND");
        table.column("CREATED");
        table.column("STATUS");
        table.column("NAMES");
        for (Container c : list) {
            table.addRow().addContent(id(c), image(c), CommandText.of(c.config(), !noTrunc),
                    c.created() == null ? "" : HumanTime.ago(c.created(), now), ContainerStatus.of(c, now), c.name());
        }
        table.print(System.out);
        return null;
    }

    private String id(Container c) {
        return noTrunc ? c.id() : c.shortId();
    }

    private static String image(Container c) {
        return c.config().image() != null ? c.config().image() : c.imageId();
    }
}
