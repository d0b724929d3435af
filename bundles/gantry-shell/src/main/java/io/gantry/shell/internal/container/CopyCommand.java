package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.archive.ContainerArchive;
import io.gantry.shell.internal.copy.ContainerCopy;
import io.gantry.shell.internal.copy.CopyEndpoint;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "cp", description = "Copies files between a container and the host")
public class CopyCommand implements Action {
    @Reference
    ContainerLifecycle containers;
    @Reference
    ContainerArchive archive;

    @Argument(index = 0, name = "source", required = true, description = "CONTAINER:PATH or a host path")
    String source;
    @Argument(index = 1, name = "destination", required = true, description = "CONTAINER:PATH or a host path")
    String destination;

    /** Where the temporary tar goes; Karaf points java.io.tmpdir at its data/tmp. */
    Path scratch = Path.of(System.getProperty("java.io.tmpdir"));

    @Override
    public Object execute() throws Exception {
        new ContainerCopy(containers, archive, scratch)
                .copy(CopyEndpoint.parse(source), CopyEndpoint.parse(destination));
        return null;
    }
}
