package io.gantry.shell.internal.image;

import io.gantry.api.image.ImageService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "image", name = "busybox",
        description = "Builds an image from the host's static busybox and tags it; prints the image id")
public class BusyboxCommand implements Action {
    @Reference
    ImageService images;

    @Argument(index = 0, name = "reference", description = "Name and tag for the image")
    String reference = "busybox:latest";

    @Override
    public Object execute() {
        System.out.println(images.createBusybox(reference).id());
        return null;
    }
}
