package io.gantry.shell.internal.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.Resources;
import io.gantry.api.container.RestartPolicy;
import io.gantry.shell.internal.EachRef;
import io.gantry.shell.internal.completers.ContainerCompleter;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "update", description = "Changes the resource limits or the restart policy of"
        + " containers")
public class UpdateCommand extends UpdatableResources {
    @Reference
    ContainerLifecycle containers;

    @Option(name = "--restart", description = "Restart policy: no, always, unless-stopped, on-failure[:N]")
    String restart;

    @Argument(index = 0, name = "containers", required = true, multiValued = true,
            description = "Container names or ids")
    @Completion(ContainerCompleter.class)
    List<String> refs;

    @Override
    public Object execute() {
        Resources resources = updatableResources().build();
        RestartPolicy policy = restart == null ? null : RestartPolicy.parse(restart);
        if (resources.setFields().isEmpty() && policy == null) {
            throw new InvalidArgumentException("you must provide one or more flags when using this command");
        }
        EachRef.apply(refs, ref -> {
            if (!resources.setFields().isEmpty()) {
                containers.update(ref, resources);
            }
            if (policy != null) {
                containers.updateRestartPolicy(ref, policy);
            }
        }, System.out);
        return null;
    }
}
