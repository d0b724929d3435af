package io.gantry.shell.internal.image;

import io.gantry.api.image.ImageService;
import io.gantry.api.image.PruneResult;
import io.gantry.shell.internal.format.HumanSize;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "image", name = "prune",
        description = "Deletes untagged images no container uses (with -a, every unused image), then unused blobs")
public class PruneCommand implements Action {
    @Reference
    ImageService images;

    @Option(name = "-a", aliases = "--all", description = "Delete tagged images too, when no container uses them")
    boolean all;

    @Override
    public Object execute() {
        PruneResult result = images.prune(all);
        if (!result.deletedImageIds().isEmpty()) {
            System.out.println("Deleted Images:");
            result.deletedImageIds().forEach(id -> System.out.println("deleted: " + id));
            System.out.println();
        }
        System.out.println("Total reclaimed space: " + HumanSize.of(result.reclaimedBytes()));
        return null;
    }
}
