package io.gantry.shell.internal.image;

import io.gantry.api.image.ImageService;
import io.gantry.api.image.PushOptions;
import io.gantry.shell.internal.completers.ImageCompleter;
import java.io.IOException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Service
@Command(scope = "image", name = "push", description = "Pushes an image to the registry its name gives, one progress line per layer")
public class PushCommand implements Action {
    @Reference
    ImageService images;
    @Reference
    Session session;

    @Option(name = "-u", aliases = "--username", description = "Registry user (else the stored login, if any)")
    String user;
    @Option(name = "-p", aliases = "--password", description = "Registry password; asked for when -u is given alone")
    String password;
    @Argument(index = 0, name = "reference", required = true, description = "Image to push, e.g. localhost:5000/app:1")
    @Completion(ImageCompleter.class)
    String reference;

    @Override
    public Object execute() throws IOException {
        PushOptions options = new PushOptions(LoginOptions.optional(user, password, session));
        images.push(reference, options, new LayerProgress(System.out, LoginOptions.ansi(session), System::nanoTime));
        return null;
    }
}
