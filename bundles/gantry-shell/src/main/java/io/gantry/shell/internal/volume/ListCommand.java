package io.gantry.shell.internal.volume;

import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeFilter;
import io.gantry.api.volume.VolumeService;
import io.gantry.shell.internal.args.FilterSpecs;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "volume", name = "ls", description = "Lists volumes by name")
public class ListCommand implements Action {
    @Reference
    VolumeService volumes;

    @Option(name = "-q", aliases = "--quiet", description = "Print only the names")
    boolean quiet;
    @Option(name = "-f", aliases = "--filter", multiValued = true, description = "Only the volumes that match:"
            + " name=PART, label=KEY[=VALUE], driver=NAME, dangling=true|false (no container uses them)")
    List<String> filters = List.of();

    @Override
    public Object execute() {
        VolumeFilter filter = VolumeFilter.of(FilterSpecs.parse(filters), VolumeFilter.LIST,
                v -> volumes.users(v.name()).isEmpty());
        List<Volume> list = volumes.list().stream().filter(filter)
                .sorted(Comparator.comparing(Volume::name)).toList();
        if (quiet) {
            list.forEach(v -> System.out.println(v.name()));
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("DRIVER");
        table.column("VOLUME NAME");
        list.forEach(v -> table.addRow().addContent(v.driver(), v.name()));
        table.print(System.out);
        return null;
    }
}
