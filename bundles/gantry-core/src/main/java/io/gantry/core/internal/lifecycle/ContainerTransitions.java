package io.gantry.core.internal.lifecycle;

import io.gantry.api.event.EventBus;
import io.gantry.api.image.ImageService;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.settings.EngineSettings;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.Json;
import io.gantry.core.internal.state.StateStore;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The moves of a container's state machine that both users and the engine itself make: start, stop, kill,
 * pause and remove. The lifecycle service makes them on request; the supervisor makes them after exits, for
 * restart policies and at recovery.
 */
@Component(service = ContainerTransitions.class)
public final class ContainerTransitions {
    private final ContainerStarter starter;
    private final ContainerStopper stopper;
    private final ContainerRemover remover;
    private final ContainerPauser pauser;

    @Activate
    public ContainerTransitions(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "networks") ContainerNetworks networks,
            @Reference(name = "settings") EngineSettings settings,
            @Reference(name = "imageService") ImageService images, @Reference(name = "eventBus") EventBus bus) {
        ContainerEvents events = new ContainerEvents(bus);
        this.starter = new ContainerStarter(state, providers, networks, settings, events, Json.MAPPER);
        this.pauser = new ContainerPauser(state, providers, events);
        this.stopper = new ContainerStopper(state, providers, settings, events, pauser);
        this.remover = new ContainerRemover(state, providers, networks, images, events, stopper);
    }

    /** Starts a created or exited container; a running or paused one is left as it is. */
    public void start(ContainerHandle handle) {
        starter.start(handle);
    }

    /** Stop signal, then SIGKILL after the timeout (null: the container's or the engine's). */
    public void stop(ContainerHandle handle, Duration timeout) {
        stopper.stop(handle, timeout);
    }

    public void kill(ContainerHandle handle, String signal) {
        stopper.kill(handle, signal);
    }

    public void pause(ContainerHandle handle) {
        pauser.pause(handle);
    }

    public void unpause(ContainerHandle handle) {
        pauser.unpause(handle);
    }

    /**
     * Removes a stopped container; {@code force} kills a running one first, {@code removeVolumes} removes its
     * anonymous volumes too.
     */
    public void remove(ContainerHandle handle, boolean force, boolean removeVolumes) {
        remover.remove(handle, force, removeVolumes);
    }

    /** Finishes a removal that was persisted as REMOVING before the engine stopped. */
    public void finishRemoval(ContainerHandle handle) {
        remover.finishRemoval(handle);
    }
}
