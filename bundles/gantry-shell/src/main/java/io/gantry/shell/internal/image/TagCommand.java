package io.gantry.shell.internal.image;

import io.gantry.api.image.ImageService;
import io.gantry.shell.internal.completers.ImageCompleter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "image", name = "tag", description = "Adds a tag to an image")
public class TagCommand implements Action {
    @Reference
    ImageService images;

    @Argument(index = 0, name = "source", required = true, description = "Existing image tag or id")
    @Completion(ImageCompleter.class)
    String source;
    @Argument(index = 1, name = "target", required = true, description = "New name[:tag]")
    String target;

    @Override
    public Object execute() {
        images.tag(source, target);
        return null;
    }
}
