package io.gantry.shell.internal.volume;

import io.gantry.api.volume.VolumeService;
import io.gantry.shell.internal.EachRef;
import io.gantry.shell.internal.completers.VolumeCompleter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "volume", name = "rm", description = "Removes volumes with their data; prints each name removed")
public class RemoveCommand implements Action {
    @Reference
    VolumeService volumes;

    @Option(name = "-f", aliases = "--force", description = "Also remove volumes that stopped containers use")
    boolean force;

    @Argument(index = 0, name = "volume", required = true, multiValued = true, description = "Volume names")
    @Completion(VolumeCompleter.class)
    List<String> names;

    @Override
    public Object execute() {
        EachRef.apply(names, name -> volumes.remove(name, force), System.out);
        return null;
    }
}
