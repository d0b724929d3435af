package io.gantry.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.container.ContainerState;
import io.gantry.api.oci.Spec;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.api.storage.StorageDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Starts a container: mounts its root file system, connects its driver networks, writes config.json, has the shim run `runtime create`,
 * then runs `runtime start`. A failure undoes all of that and leaves the container in its previous state
 * with the error recorded.
 */
final class ContainerStarter {
    private final EngineParts parts;
    private final SpecBuilder specs;
    private final ObjectMapper json;
    private final Teardown teardown;

    ContainerStarter(EngineParts parts, ObjectMapper json) {
        this.parts = parts;
        this.specs = new SpecBuilder(parts.providers(), parts.index(), parts.settings().initBinary());
        this.json = json;
        this.teardown = new Teardown(parts.providers(), parts.networks());
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
            OciRuntime runtime = parts.providers().runtime(record.runtime);
            StorageDriver driver = parts.providers().storageDriver(record.storageDriver);
            ShimManager shim = parts.providers().shim();
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
                    parts.store().save(handle);
                } catch (RuntimeException saveFailure) {
                    failure.addSuppressed(saveFailure);
                }
                throw failure;
            }
        });
        if (started) {
            parts.events().publish(handle.view(), "start");
        }
    }

    private void launch(ContainerHandle handle, OciRuntime runtime, StorageDriver driver, ShimManager shim) {
        ContainerRecord record = handle.record();
        String id = record.id;
        // leftovers of an earlier run that ended while the engine was away
        teardown.release(record, runtime, driver, shim);
        Path rootfs = ProviderCalls.get("storage driver " + driver.name(), () -> driver.mount(id, record.layerIds));
        record.rootfs = rootfs.toString();
        record.cgroupsPath = parts.settings().cgroupsPath(id);
        Path bundleDir = createDirectory(parts.settings().bundleDir(id));
        ContainerNetworks.Setup network = parts.networks().attachAll(record);
        // recovery's driver reconciliation must see these endpoints as in use
        parts.store().save(handle);
        Spec spec = specs.build(record, rootfs, bundleDir, network);
        writeSpec(bundleDir, spec);
        ShimRequest request = new ShimRequest(id, record.name, bundleDir, runtime, parts.settings().logPath(id),
                record.config.tty(), record.config.openStdin());
        ShimProcess process = ProviderCalls.get("shim", () -> shim.start(request));
        ProviderCalls.run("runtime " + runtime.name(), () -> runtime.start(id));
        record.pid = process.containerPid();
        record.startedAt = Instant.now();
        record.state = ContainerState.RUNNING;
        record.oomKilled = false;
        record.error = null;
        record.manuallyStopped = false;
        parts.store().save(handle);
        parts.networks().refreshHosts(ExitHandler.networkNames(record));
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
