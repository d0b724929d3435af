package io.gantry.core.internal.attach;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.attach.ContainerAttach;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.shim.ShimManager;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.RunningContainer;
import io.gantry.core.internal.state.StateStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Live stdio and the terminal of a running container's main process, through its shim. */
@Component(service = ContainerAttach.class)
public final class AttachService implements ContainerAttach {
    private final StateStore state;
    private final ProviderDirectory providers;

    @Activate
    public AttachService(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers) {
        this.state = state;
        this.providers = providers;
    }

    @Override
    public StdioStream attach(String ref, boolean stdin) {
        ContainerHandle handle = state.index().resolve(ref);
        Container container = RunningContainer.require(handle);
        ShimManager shim = providers.shim();
        StdioStream stream = providers.call("shim", () -> shim.attach(handle.id()));
        return stdin && container.config().openStdin() ? stream : new OutputOnlyStdio(stream, container.name());
    }

    @Override
    public void resize(String ref, int height, int width) {
        ContainerHandle handle = state.index().resolve(ref);
        TerminalSize.check(height, width);
        Container container = RunningContainer.require(handle);
        if (!container.config().tty()) {
            throw new ConflictException("container " + container.name() + " has no terminal to resize");
        }
        ShimManager shim = providers.shim();
        providers.run("shim", () -> shim.resize(handle.id(), height, width));
    }
}
