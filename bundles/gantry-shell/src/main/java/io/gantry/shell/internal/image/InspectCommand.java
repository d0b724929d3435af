package io.gantry.shell.internal.image;

import io.gantry.api.image.ImageService;
import io.gantry.shell.internal.completers.ImageCompleter;
import io.gantry.shell.internal.format.JsonPrinter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "image", name = "inspect", description = "Prints images' records as a JSON array")
public class InspectCommand implements Action {
    @Reference
    ImageService images;

    @Argument(index = 0, name = "image", required = true, multiValued = true, description = "Image names or ids")
    @Completion(ImageCompleter.class)
    List<String> refs;

    @Override
    public Object execute() {
        System.out.println(JsonPrinter.print(refs.stream().map(images::resolve).toList()));
        return null;
    }
}
