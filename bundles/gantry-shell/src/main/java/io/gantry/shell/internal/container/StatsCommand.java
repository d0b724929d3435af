package io.gantry.shell.internal.container;

import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.ContainerStats;
import io.gantry.shell.internal.completers.RunningContainerCompleter;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "container", name = "stats", description = "Prints a container's cgroup usage figures once")
public class StatsCommand implements Action {
    @Reference
    ContainerMonitor monitor;

    @Argument(index = 0, name = "container", required = true, description = "Container name or id")
    @Completion(RunningContainerCompleter.class)
    String ref;

    @Override
    public Object execute() {
        ContainerStats stats = monitor.stats(ref);
        ShellTable table = new ShellTable();
        table.column("CONTROLLER");
        table.column("FIGURE");
        table.column("VALUE").alignRight();
        new TreeMap<>(stats.byController()).forEach((controller, figures) -> {
            for (Map.Entry<String, Long> figure : new TreeMap<>(figures).entrySet()) {
                table.addRow().addContent(controller, figure.getKey(), figure.getValue());
            }
        });
        table.print(System.out);
        return null;
    }
}
