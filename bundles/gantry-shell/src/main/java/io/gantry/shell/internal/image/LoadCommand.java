package io.gantry.shell.internal.image;

import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "image", name = "load", description = "Loads images from a docker-archive or OCI layout tarball (plain or gzip)")
public class LoadCommand implements Action {
    @Reference
    ImageService images;

    @Option(name = "-i", aliases = "--input", required = true, description = "The tarball to read")
    @Completion(FileCompleter.class)
    String input;

    @Override
    public Object execute() throws IOException {
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no such file: " + input);
        }
        try (InputStream in = Files.newInputStream(file)) {
            for (Image image : images.load(in, ProgressListener.NONE)) {
                if (image.repoTags().isEmpty()) {
                    System.out.println("Loaded image ID: " + image.id());
                }
                image.repoTags().forEach(tag -> System.out.println("Loaded image: " + tag));
            }
        }
        return null;
    }
}
