package io.gantry.shell.internal.volume;

import io.gantry.api.volume.VolumeService;
import io.gantry.api.volume.VolumeSpec;
import io.gantry.shell.internal.args.KeyValues;
import io.gantry.shell.internal.args.Labels;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "volume", name = "create",
        description = "Creates a volume (or answers the one of that name); prints its name")
public class CreateCommand implements Action {
    @Reference
    VolumeService volumes;

    @Option(name = "-d", aliases = "--driver", description = "Volume driver (default local)")
    String driver;
    @Option(name = "--label", multiValued = true, description = "Label key=value")
    List<String> labels = List.of();
    @Option(name = "-o", aliases = "--opt", multiValued = true, description = "Driver option key=value")
    List<String> options = List.of();

    @Argument(index = 0, name = "name", description = "Volume name; a random one when left out")
    String name;

    @Override
    public Object execute() {
        VolumeSpec spec = new VolumeSpec(name, Labels.parse(labels), KeyValues.parse("option", options));
        System.out.println(volumes.create(driver, spec).name());
        return null;
    }
}
