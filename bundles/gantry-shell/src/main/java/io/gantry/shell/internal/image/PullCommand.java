package io.gantry.shell.internal.image;

import io.gantry.api.image.ImageService;
import io.gantry.api.image.PullOptions;
import java.io.IOException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Service
@Command(scope = "image", name = "pull", description = "Pulls an image from its registry, one progress line per layer")
public class PullCommand implements Action {
    @Reference
    ImageService images;
    @Reference
    Session session;

    @Option(name = "--platform", description = "os/architecture[/variant] to pick from a multi-platform image")
    String platform;
    @Option(name = "-u", aliases = "--username", description = "Registry user (else the stored login, if any)")
    String user;
    @Option(name = "-p", aliases = "--password", description = "Registry password; asked for when -u is given alone")
    String password;
    @Argument(index = 0, name = "reference", required = true, description = "Image to pull, e.g. busybox:1.36")
    String reference;

    @Override
    public Object execute() throws IOException {
        PullOptions options = new PullOptions(platform, LoginOptions.optional(user, password, session));
        images.pull(reference, options, new LayerProgress(System.out, LoginOptions.ansi(session), System::nanoTime));
        System.out.println(reference);
        return null;
    }
}
