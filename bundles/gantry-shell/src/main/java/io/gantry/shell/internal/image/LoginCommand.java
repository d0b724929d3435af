package io.gantry.shell.internal.image;

import io.gantry.api.image.ImageService;
import java.io.IOException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Service
@Command(scope = "image", name = "login", description = "Checks a registry login and stores it for pulls and pushes")
public class LoginCommand implements Action {
    @Reference
    ImageService images;
    @Reference
    Session session;

    @Option(name = "-u", aliases = "--username", description = "Registry user; asked for when missing")
    String user;
    @Option(name = "-p", aliases = "--password", description = "Registry password; asked for when missing")
    String password;
    @Argument(index = 0, name = "registry", description = "host[:port] of the registry; Docker Hub by default")
    String registry = "docker.io";

    @Override
    public Object execute() throws IOException {
        images.login(registry, LoginOptions.required(user, password, session));
        System.out.println("Login Succeeded");
        return null;
    }
}
