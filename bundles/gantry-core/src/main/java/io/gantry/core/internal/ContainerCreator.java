package io.gantry.core.internal;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageService;
import io.gantry.api.storage.StorageDriver;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a container: checks everything first, then retains the image, unpacks its layers and persists
 * the record. A failure after the checks undoes every step, so a failed create leaves nothing behind.
 */
final class ContainerCreator {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerCreator.class);

    private final EngineParts parts;
    private final CreateChecks checks;
    private final LayerPreparer layers;

    ContainerCreator(EngineParts parts) {
        this.parts = parts;
        this.checks = new CreateChecks(parts.networks().directory(), parts.index(), new ResourceChecks(parts.providers()),
                parts.settings().initBinary());
        this.layers = new LayerPreparer(parts.images());
    }

    Container create(ContainerConfig requested) {
        Settings settings = parts.settings();
        ContainerConfig config = requested.toBuilder()
                .runtime(requested.runtime() != null ? requested.runtime() : settings.defaultRuntime())
                .networkMode(requested.networkMode() != null ? requested.networkMode() : settings.defaultNetwork())
                .build();
        checks.check(config);
        parts.providers().runtime(config.runtime());
        parts.providers().shim();
        StorageDriver driver = parts.providers().defaultStorage(settings.defaultStorage());
        ImageService images = parts.images();
        Image image = ProviderCalls.get("image service", () -> images.resolve(config.image()));

        String id = parts.names().newId();
        String name = parts.names().reserve(config.name(), id);
        Undo undo = new Undo();
        try {
            undo.add(() -> parts.index().releaseName(name, id));
            ProviderCalls.run("image service", () -> images.retain(image.id(), id));
            undo.add(() -> images.release(image.id(), id));
            undo.add(() -> driver.remove(id));
            undo.add(() -> parts.store().delete(id));
            ContainerRecord record = newRecord(id, config.toBuilder().name(name).build(), image, driver,
                    settings.volumesDir(id));
            record.layerIds = layers.ensure(driver, image);
            record.networks = joinedNetworks(record.config);
            ContainerHandle handle = new ContainerHandle(record, settings.logPath(id));
            handle.locked(() -> parts.store().save(handle));
            parts.index().add(handle);
            parts.events().publish(handle.view(), "create");
            return handle.view();
        } catch (RuntimeException | Error e) {
            undo.run(id);
            throw e;
        }
    }

    private static ContainerRecord newRecord(String id, ContainerConfig config, Image image, StorageDriver driver,
            Path volumesDir) {
        ContainerRecord record = new ContainerRecord();
        record.id = id;
        record.name = config.name();
        record.imageId = image.id();
        record.imageConfig = image.config();
        record.config = withPortsAndVolumes(withImageCommand(config, image.config()), image.config(), volumesDir);
        record.state = ContainerState.CREATED;
        record.created = Instant.now();
        record.runtime = config.runtime();
        record.storageDriver = driver.name();
        return record;
    }

    /** The network of a driver network mode, by its name, so that a later lookup by id prefix is not needed. */
    private List<JoinedNetwork> joinedNetworks(ContainerConfig config) {
        if (!NetworkDirectory.isDriverNetwork(config.networkMode())) {
            return List.of();
        }
        NetworkDirectory.Located network = parts.networks().directory().locate(config.networkMode());
        return List.of(new JoinedNetwork(network.name(), network.driver(), config.networkAliases(), null));
    }

    /** Fills in the image's entrypoint and cmd where the config has none, so inspect and ps show what runs. */
    private static ContainerConfig withImageCommand(ContainerConfig config, ImageConfig image) {
        ContainerConfig.Builder effective = config.toBuilder();
        if (config.entrypoint() == null && image.entrypoint() != null) {
            effective.entrypoint(image.entrypoint());
        }
        if (config.cmd() == null && config.entrypoint() == null && image.cmd() != null) {
            effective.cmd(image.cmd());
        }
        return effective.build();
    }

    /** The image's exposed ports join the container's, and each anonymous volume gets its folder. */
    private static ContainerConfig withPortsAndVolumes(ContainerConfig config, ImageConfig image, Path volumesDir) {
        return config.toBuilder().exposedPorts(ExposedPorts.merge(config.exposedPorts(), image.exposedPorts()))
                .mounts(AnonymousVolumes.assign(config.mounts(), image.volumes(), volumesDir)).build();
    }

    /** Undo steps, run newest first; each failure is logged so the others still run. */
    private static final class Undo {
        private final Deque<Runnable> steps = new ArrayDeque<>();

        void add(Runnable step) {
            steps.push(step);
        }

        void run(String id) {
            while (!steps.isEmpty()) {
                try {
                    steps.pop().run();
                } catch (RuntimeException e) {
                    LOG.warn("Cleaning up after the failed create of {}: {}", id, e.toString());
                }
            }
        }
    }
}
