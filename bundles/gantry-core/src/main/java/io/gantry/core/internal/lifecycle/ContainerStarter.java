package io.gantry.core.internal.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.LogConfig;
import io.gantry.api.files.AtomicFiles;
import io.gantry.api.oci.Spec;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.api.storage.StorageDriver;
import io.gantry.core.internal.attach.ShimStdio;
import io.gantry.core.internal.health.HealthRules;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.settings.EngineSettings;
import io.gantry.core.internal.spec.SpecBuilder;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import io.gantry.core.internal.volume.ContainerVolumes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Starts a container: mounts its root file system, connects its driver networks, writes config.json, has the shim run `runtime create`,
 * then runs `runtime start`. A failure undoes all of that and leaves the container in its previous state
 * with the error recorded.
 */
final class ContainerStarter {
    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerNetworks networks;
    private final EngineSettings settings;
    private final ContainerEvents events;
    private final SpecBuilder specs;
    private final ObjectMapper json;
    private final ContainerVolumes volumes;
    private final Teardown teardown;

    ContainerStarter(StateStore state, ProviderDirectory providers, ContainerNetworks networks,
            EngineSettings settings, ContainerEvents events, ObjectMapper json) {
        this.state = state;
        this.providers = providers;
        this.networks = networks;
        this.settings = settings;
        this.events = events;
        this.specs = new SpecBuilder(providers, state.index());
        this.json = json;
        this.volumes = new ContainerVolumes(providers, state.index());
        this.teardown = new Teardown(providers, networks, volumes);
    }

    void start(ContainerHandle handle) {
        boolean started = handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (record.state == ContainerState.RUNNING || record.state == ContainerState.PAUSED) {
                return false;
            }
            if (record.state == ContainerState.REMOVING || handle.isRemoved()) {
                throw new ConflictException("cannot start container " + record.name + ": it is being removed");
            }
            OciRuntime runtime = providers.runtime(record.runtime);
            StorageDriver driver = providers.storageDriver(record.storageDriver);
            ShimManager shim = providers.shim();
            ContainerState before = record.state;
            try {
                launch(handle, runtime, driver, shim);
                return true;
            } catch (RuntimeException e) {
                teardown.release(record, runtime, driver, shim);
                record.state = before;
                record.pid = 0;
                record.error = ProviderCalls.describe(e);
                RuntimeException failure = failure(record, e);
                try {
                    state.records().save(handle);
                } catch (RuntimeException saveFailure) {
                    failure.addSuppressed(saveFailure);
                }
                throw failure;
            }
        });
        if (started) {
            events.publish(handle.view(), "start");
        }
    }

    private void launch(ContainerHandle handle, OciRuntime runtime, StorageDriver driver, ShimManager shim) {
        ContainerRecord record = handle.record();
        String id = record.id;
        // leftovers of an earlier run that ended while the engine was away
        teardown.release(record, runtime, driver, shim);
        Path rootfs = providers.call("storage driver " + driver.name(), () -> driver.mount(id, record.layerIds));
        record.rootfs = rootfs.toString();
        record.cgroupsPath = settings.defaults().cgroupsPath(record.config.cgroupParent(), id);
        Path bundleDir = createDirectory(state.paths().bundleDir(id));
        ContainerNetworks.Setup network = networks.attachAll(record);
        // recovery's driver reconciliation must see these endpoints as in use
        state.records().save(handle);
        Map<String, Path> volumeFolders = volumes.mountAll(record);
        Spec spec = specs.build(record, rootfs, bundleDir, network, settings.defaults().initBinary(), volumeFolders);
        writeSpec(bundleDir, spec);
        LogConfig log = record.config.logConfig();
        ShimRequest request = new ShimRequest(id, record.name, bundleDir, runtime,
                log != null && log.keepsNone() ? null : state.paths().logPath(id),
                record.config.tty(), record.config.openStdin(), record.config.stdinOnce());
        ShimProcess process = providers.call("shim", () -> shim.start(request));
        // created, not yet running: clients that attached before the start see the output from its first byte
        state.attaches().connect(id, stdin -> ShimStdio.connect(providers, id, record.name,
                record.config.openStdin(), stdin));
        providers.run("runtime " + runtime.name(), () -> runtime.start(id));
        record.pid = process.containerPid();
        record.startedAt = Instant.now();
        record.state = ContainerState.RUNNING;
        record.oomKilled = false;
        record.error = null;
        record.manuallyStopped = false;
        record.health = HealthRules.started(record.config.healthcheck(), record.health);
        state.records().save(handle);
        networks.refreshHosts(record.networkNames());
    }

    /** Spec contributors write files of their own (hostname, hosts, resolv.conf) next to config.json. */
    private static Path createDirectory(Path bundleDir) {
        try {
            return Files.createDirectories(bundleDir);
        } catch (IOException e) {
            throw new GantryException("cannot create " + bundleDir + ": " + e.getMessage(), e);
        }
    }

    private void writeSpec(Path bundleDir, Spec spec) {
        try {
            AtomicFiles.write(bundleDir.resolve("config.json"), json.writeValueAsBytes(spec));
        } catch (IOException e) {
            throw new GantryException("cannot write " + bundleDir.resolve("config.json") + ": " + e.getMessage(), e);
        }
    }

    /** Typed user errors keep their type; anything else says which container failed to start. */
    private static RuntimeException failure(ContainerRecord record, RuntimeException e) {
        if (e.getClass() != GantryException.class && e instanceof GantryException) {
            return e;
        }
        return new GantryException("cannot start container " + record.name + ": " + ProviderCalls.describe(e), e);
    }
}
