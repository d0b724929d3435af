package io.gantry.shell.internal.container;

import io.gantry.api.container.Container;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "create", description = "Creates a container without starting it; prints its id")
public class CreateCommand extends ContainerOptions {
    @Override
    public Object execute() {
        Container container = containers.create(config().build());
        System.out.println(container.id());
        return null;
    }
}
