package io.gantry.core.internal.supervision;

import io.gantry.api.event.EventBus;
import io.gantry.api.shim.ShimManager;
import io.gantry.core.internal.lifecycle.ContainerTransitions;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.provider.ProviderListener;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.StateStore;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Watches over the containers: records their exits as the shims report them, restarts them per their restart
 * policy, removes --rm ones, and reconciles the records with reality at start-up and whenever a shim, runtime or
 * network driver appears. All of it runs on the engine's threads, never on a binding or shim thread.
 */
@Component(service = {}, immediate = true)
public final class Supervisor implements ProviderListener {
    private final ProviderDirectory providers;
    private final EngineThreads threads;
    private final ExitHandler exits;
    private final Recovery recovery;
    private final RestartScheduler restarts;
    private final Consumer<String> exitListener;

    @Activate
    public Supervisor(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "networks") ContainerNetworks networks,
            @Reference(name = "transitions") ContainerTransitions transitions,
            @Reference(name = "threads") EngineThreads threads, @Reference(name = "eventBus") EventBus bus) {
        ContainerEvents events = new ContainerEvents(bus);
        this.providers = providers;
        this.threads = threads;
        AutoRemover autoRemover = new AutoRemover(state, threads, transitions);
        this.restarts = new RestartScheduler(state, threads, transitions);
        this.exits = new ExitHandler(state, providers, networks, events, autoRemover, restarts);
        this.recovery = new Recovery(state, providers, networks, exits, transitions, autoRemover,
                new BootRestarts(state, providers, transitions));
        this.exitListener = id -> threads.runLater(() -> exits.onExit(id));
        providers.addListener(this);
        threads.runLater(recovery::run);
    }

    /** Containers, shims and runtimes are not touched: they outlive the engine. */
    @Deactivate
    public void deactivate() {
        providers.removeListener(this);
        providers.shims.all().forEach(shim -> shim.removeExitListener(exitListener));
        restarts.close();
    }

    @Override
    public void providerAdded() {
        threads.runLater(recovery::run);
    }

    @Override
    public void shimAdded(ShimManager shim) {
        shim.addExitListener(exitListener);
    }

    @Override
    public void shimRemoved(ShimManager shim) {
        shim.removeExitListener(exitListener);
    }
}
