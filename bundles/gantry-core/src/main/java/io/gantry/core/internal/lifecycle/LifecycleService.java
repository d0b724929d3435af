package io.gantry.core.internal.lifecycle;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.Resources;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.ImageService;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.settings.EngineSettings;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.StateStore;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The container lifecycle for users: each reference is resolved, then the work goes to the class that owns it.
 * The image service and the event bus are static references: replacing either restarts this component, which
 * is cheap and safe because containers live outside the JVM.
 */
@Component(service = ContainerLifecycle.class)
public final class LifecycleService implements ContainerLifecycle {
    private final StateStore state;
    private final EngineThreads threads;
    private final ContainerTransitions transitions;
    private final ContainerCreator creator;
    private final ContainerRenamer renamer;
    private final ResourceUpdater resources;
    private final RestartPolicyUpdater restartPolicies;

    @Activate
    public LifecycleService(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "networks") ContainerNetworks networks,
            @Reference(name = "settings") EngineSettings settings,
            @Reference(name = "transitions") ContainerTransitions transitions,
            @Reference(name = "threads") EngineThreads threads,
            @Reference(name = "imageService") ImageService images, @Reference(name = "eventBus") EventBus bus) {
        ContainerEvents events = new ContainerEvents(bus);
        this.state = state;
        this.threads = threads;
        this.transitions = transitions;
        this.creator = new ContainerCreator(state, providers, networks, settings, images, events);
        this.renamer = new ContainerRenamer(state, events, networks);
        this.resources = new ResourceUpdater(state, providers);
        this.restartPolicies = new RestartPolicyUpdater(state, events);
    }

    @Override
    public Container create(ContainerConfig config) {
        return creator.create(config);
    }

    /** Like Docker's daemon, a container that should remove itself is removed when its start fails too. */
    @Override
    public void start(String ref) {
        ContainerHandle handle = state.index().resolve(ref);
        try {
            transitions.start(handle);
        } catch (RuntimeException e) {
            if (handle.view().config().autoRemove()) {
                try {
                    transitions.remove(handle, true, true);
                } catch (RuntimeException removeFailure) {
                    e.addSuppressed(removeFailure);
                }
            }
            throw e;
        }
    }

    @Override
    public void stop(String ref, Duration timeout) {
        transitions.stop(state.index().resolve(ref), timeout);
    }

    @Override
    public void kill(String ref, String signal) {
        transitions.kill(state.index().resolve(ref), signal);
    }

    @Override
    public void restart(String ref, Duration timeout) {
        ContainerHandle handle = state.index().resolve(ref);
        transitions.stop(handle, timeout);
        transitions.start(handle);
    }

    @Override
    public void pause(String ref) {
        transitions.pause(state.index().resolve(ref));
    }

    @Override
    public void unpause(String ref) {
        transitions.unpause(state.index().resolve(ref));
    }

    @Override
    public void rename(String ref, String newName) {
        renamer.rename(state.index().resolve(ref), newName);
    }

    @Override
    public void remove(String ref, boolean force, boolean removeVolumes) {
        transitions.remove(state.index().resolve(ref), force, removeVolumes);
    }

    @Override
    public List<Container> list(boolean all) {
        return state.index().all().stream().map(ContainerHandle::view).filter(c -> all || c.state().isLive())
                .sorted(Comparator.comparing(Container::created).reversed()).toList();
    }

    @Override
    public Container inspect(String ref) {
        return state.index().resolve(ref).view();
    }

    /** Completes on an engine thread, so that callers' callbacks never run inside exit handling. */
    @Override
    public CompletableFuture<ExitStatus> waitFor(String ref, WaitCondition condition) {
        ContainerHandle handle = state.index().resolve(ref);
        CompletableFuture<ExitStatus> done = handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (handle.isRemoved()) {
                return condition == WaitCondition.REMOVED ? CompletableFuture.completedFuture(record.exitStatus())
                        : CompletableFuture.failedFuture(new NotFoundException("No such container: " + ref));
            }
            return switch (condition) {
                case NOT_RUNNING -> record.state.isLive() ? state.waiters().nextExit(record.id)
                        : CompletableFuture.completedFuture(record.exitStatus());
                case NEXT_EXIT -> state.waiters().nextExit(record.id);
                case REMOVED -> state.waiters().removal(record.id);
            };
        });
        return done.thenApplyAsync(Function.identity(), threads);
    }

    @Override
    public void update(String ref, Resources changes) {
        resources.update(state.index().resolve(ref), changes);
    }

    @Override
    public void updateRestartPolicy(String ref, RestartPolicy policy) {
        restartPolicies.update(state.index().resolve(ref), policy);
    }
}
