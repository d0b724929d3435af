package io.gantry.shell.internal.volume;

import io.gantry.api.volume.VolumeService;
import io.gantry.shell.internal.EachRef;
import io.gantry.shell.internal.completers.VolumeCompleter;
import io.gantry.shell.internal.format.JsonPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Prints the volumes found, as docker does, then fails for the names that were not. */
@Service
@Command(scope = "volume", name = "inspect", description = "Prints volumes as a JSON array, as docker volume inspect")
public class InspectCommand implements Action {
    @Reference
    VolumeService volumes;

    @Argument(index = 0, name = "volume", required = true, multiValued = true, description = "Volume names")
    @Completion(VolumeCompleter.class)
    List<String> names;

    @Override
    public Object execute() {
        List<Map<String, Object>> found = new ArrayList<>();
        try {
            EachRef.apply(names, name -> found.add(VolumeJson.of(volumes.inspect(name))));
        } finally {
            System.out.println(JsonPrinter.print(found));
        }
        return null;
    }
}
