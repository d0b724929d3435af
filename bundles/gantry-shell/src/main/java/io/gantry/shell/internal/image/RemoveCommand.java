package io.gantry.shell.internal.image;

import io.gantry.api.image.ImageService;
import io.gantry.shell.internal.EachRef;
import io.gantry.shell.internal.completers.ImageCompleter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "image", name = "rm", description = "Untags images; an image whose last tag is gone is deleted")
public class RemoveCommand implements Action {
    @Reference
    ImageService images;

    @Option(name = "-f", aliases = "--force", description = "Remove even if containers use the image")
    boolean force;

    @Argument(index = 0, name = "image", required = true, multiValued = true, description = "Image tags or ids")
    @Completion(ImageCompleter.class)
    List<String> refs;

    @Override
    public Object execute() {
        EachRef.apply(refs, ref -> images.remove(ref, force), System.out);
        return null;
    }
}
