package io.gantry.shell.internal.image;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.files.AtomicFiles;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.ImageService;
import io.gantry.shell.internal.completers.ImageCompleter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "image", name = "save", description = "Writes images to a tarball (docker save layout, or an OCI layout)")
public class SaveCommand implements Action {
    @Reference
    ImageService images;

    @Option(name = "-o", aliases = "--output", required = true, description = "The tarball to write")
    @Completion(FileCompleter.class)
    String output;
    @Option(name = "--format", description = "docker (default) or oci")
    String format = "docker";
    @Argument(index = 0, name = "image", required = true, multiValued = true, description = "Image names or ids")
    @Completion(ImageCompleter.class)
    List<String> refs;

    @Override
    public Object execute() throws IOException {
        ArchiveFormat archiveFormat = archiveFormat();
        AtomicFiles.write(Path.of(output), out -> images.save(refs, out, archiveFormat));
        return null;
    }

    private ArchiveFormat archiveFormat() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "docker", "docker-archive" -> ArchiveFormat.DOCKER;
            case "oci", "oci-archive" -> ArchiveFormat.OCI;
            default -> throw new InvalidArgumentException("invalid format " + format + ": expected docker or oci");
        };
    }
}
