package io.gantry.shell.internal.image;

import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.ImageService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileOrUriCompleter;

@Service
@Command(scope = "image", name = "import",
        description = "Makes an image from a root file system tarball (plain or gzip); prints the image id")
public class ImportCommand implements Action {
    private static final Pattern URL_LIKE = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.+");

    @Reference
    ImageService images;

    @Argument(index = 0, name = "source", required = true, description = "Tarball file or URL (file:, http:, ...)")
    @Completion(FileOrUriCompleter.class)
    String source;
    @Argument(index = 1, name = "reference", required = true, description = "Name and tag for the image, e.g. app:1.0")
    String reference;

    @Override
    public Object execute() throws IOException {
        try (InputStream tarball = open()) {
            System.out.println(images.importRootfs(tarball, reference).id());
        }
        return null;
    }

    private InputStream open() {
        try {
            if (Files.isRegularFile(Path.of(source))) {
                return Files.newInputStream(Path.of(source));
            }
            if (URL_LIKE.matcher(source).matches()) {
                return URI.create(source).toURL().openStream();
            }
            throw new NotFoundException("no such file: " + source);
        } catch (IOException | IllegalArgumentException e) {
            throw new GantryException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
