package io.gantry.shell.internal.system;

import io.gantry.api.system.ProviderInfo;
import io.gantry.api.system.SystemInfo;
import io.gantry.api.system.SystemService;
import java.io.PrintStream;
import java.util.Comparator;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "gantry", name = "info", description = "Shows the engine's version, roots, defaults and installed providers")
public class InfoCommand implements Action {
    @Reference
    SystemService system;

    @Override
    public Object execute() {
        SystemInfo info = system.info();
        PrintStream out = System.out;
        out.println("Version:          " + info.version());
        out.println("Data root:        " + info.dataRoot());
        out.println("Run root:         " + info.runRoot());
        out.println("Cgroup version:   " + info.cgroupVersion());
        out.println("Default runtime:  " + info.defaultRuntime());
        out.println("Default storage:  " + info.defaultStorage());
        out.println("Default network:  " + info.defaultNetwork());
        out.println("Default logging:  " + info.defaultLogDriver());
        out.println("Containers:       " + info.containers() + " (" + info.running() + " running)");
        out.println("Images:           " + info.images());
        out.println();
        ShellTable table = new ShellTable();
        table.column("KIND");
        table.column("NAME");
        table.column("BUNDLE");
        table.column("VERSION");
        table.column("RANKING").alignRight();
        table.column("ACTIVE");
        table.emptyTableText("no providers installed");
        info.providers().stream()
                .sorted(Comparator.comparing(ProviderInfo::kind).thenComparing(ProviderInfo::name)
                        .thenComparing(Comparator.comparingInt(ProviderInfo::ranking).reversed()))
                .forEach(p -> table.addRow().addContent(p.kind(), p.name(), p.bundle(), p.bundleVersion(),
                        p.ranking(), p.active() ? "yes" : "no"));
        table.print(out);
        return null;
    }
}
