package io.gantry.shell.internal.completers;

import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes image tags ("busybox:latest"). */
@Service
public class ImageCompleter implements Completer {
    @Reference
    ImageService images;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Image image : images.list()) {
            if (image.repoTags() != null) {
                delegate.getStrings().addAll(image.repoTags());
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
