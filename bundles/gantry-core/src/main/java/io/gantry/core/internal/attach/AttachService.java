package io.gantry.core.internal.attach;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.attach.ContainerAttach;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.shim.ShimManager;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.RunningContainer;
import io.gantry.core.internal.state.StateStore;
import java.util.concurrent.CompletableFuture;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Live stdio and the terminal of a running container's main process, through its shim. An attach to a container
 * that does not run yet waits in the state store, and the starter connects it before the process runs.
 */
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
        return ShimStdio.connect(providers, handle.id(), container.name(), container.config().openStdin(), stdin);
    }

    /** Under the container's lock, which a start holds from `runtime create` until the container runs. */
    @Override
    public CompletableFuture<StdioStream> attachOnStart(String ref, boolean stdin) {
        ContainerHandle handle = state.index().resolve(ref);
        return handle.locked(() -> {
            Container container = handle.view();
            if (handle.isRemoved()) {
                throw new NotFoundException("No such container: " + ref);
            }
            if (container.state() == ContainerState.PAUSED) {
                throw new ConflictException("container " + container.name()
                        + " is paused, unpause the container before attach");
            }
            if (container.state() == ContainerState.RUNNING) {
                return CompletableFuture.completedFuture(ShimStdio.connect(providers, handle.id(), container.name(),
                        container.config().openStdin(), stdin));
            }
            return state.attaches().register(handle.id(), stdin);
        });
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
