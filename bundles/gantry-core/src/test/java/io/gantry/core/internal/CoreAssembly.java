package io.gantry.core.internal;

import io.gantry.api.event.EventBus;
import io.gantry.api.image.ImageService;
import io.gantry.core.internal.attach.AttachService;
import io.gantry.core.internal.exec.ExecService;
import io.gantry.core.internal.files.ArchiveService;
import io.gantry.core.internal.files.LayerCollector;
import io.gantry.core.internal.health.HealthService;
import io.gantry.core.internal.lifecycle.ContainerTransitions;
import io.gantry.core.internal.lifecycle.LifecycleService;
import io.gantry.core.internal.logs.LogRotation;
import io.gantry.core.internal.monitor.MonitorService;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.network.UserNetworks;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.settings.CoreConfig;
import io.gantry.core.internal.settings.EngineSettings;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.StateStore;
import io.gantry.core.internal.supervision.Supervisor;
import io.gantry.core.internal.system.SystemInfoService;
import io.gantry.core.internal.volume.VolumeCatalog;
import io.gantry.testkit.TestRoots;
import java.nio.file.Path;

/**
 * The core's components, made and wired in the order Declarative Services activates them, with the engine
 * roots under a test folder (root/data and root/run). Providers are bound through {@link #providers}.
 */
final class CoreAssembly implements AutoCloseable {
    final EngineSettings settings;
    final StateStore state;
    final ProviderDirectory providers;
    final EngineThreads threads;
    final ContainerNetworks containerNetworks;
    final ContainerTransitions transitions;
    final LifecycleService lifecycle;
    final ExecService exec;
    final HealthService health;
    final AttachService attach;
    final ArchiveService archive;
    final MonitorService monitor;
    final UserNetworks networks;
    final SystemInfoService system;
    final VolumeCatalog volumes;
    private final Supervisor supervisor;
    private final LayerCollector layers;
    private final LogRotation logRotation;

    CoreAssembly(Path root, CoreConfig config, ImageService images, EventBus bus) {
        settings = new EngineSettings(config);
        state = new StateStore(TestRoots.under(root));
        providers = new ProviderDirectory(settings);
        threads = new EngineThreads();
        containerNetworks = new ContainerNetworks(providers, state);
        transitions = new ContainerTransitions(state, providers, containerNetworks, settings, images, bus);
        lifecycle = new LifecycleService(state, providers, containerNetworks, settings, transitions, threads, images,
                bus);
        supervisor = new Supervisor(state, providers, containerNetworks, transitions, threads, bus);
        exec = new ExecService(state, providers, threads, bus);
        health = new HealthService(state, exec, threads, bus);
        attach = new AttachService(state, providers);
        archive = new ArchiveService(state, providers);
        monitor = new MonitorService(state, providers, threads);
        networks = new UserNetworks(state, providers, containerNetworks);
        system = new SystemInfoService(state, providers, settings, images);
        volumes = new VolumeCatalog(providers, state);
        layers = new LayerCollector(providers, state, images, bus);
        logRotation = new LogRotation(state, providers);
    }

    /** Deactivates every component, the way the framework does when the core bundle stops. */
    @Override
    public void close() {
        logRotation.deactivate();
        layers.close();
        monitor.deactivate();
        health.deactivate();
        supervisor.deactivate();
        threads.close();
        state.deactivate();
        providers.deactivate();
    }
}
