package io.gantry.core.internal.lifecycle;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.container.log.LogDrivers;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageService;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.storage.StorageDriver;
import io.gantry.api.volume.Volume;
import io.gantry.core.internal.mounts.AnonymousVolumes;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.network.ExposedPorts;
import io.gantry.core.internal.network.LegacyLinks;
import io.gantry.core.internal.network.NetworkDirectory;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.settings.Defaults;
import io.gantry.core.internal.settings.EngineSettings;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.JoinedNetwork;
import io.gantry.core.internal.state.StateStore;
import io.gantry.core.internal.volume.ContainerVolumes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
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

    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerNetworks networks;
    private final EngineSettings settings;
    private final ImageService images;
    private final ContainerEvents events;
    private final CreateChecks checks;
    private final LayerPreparer layers;
    private final ContainerVolumes volumes;

    ContainerCreator(StateStore state, ProviderDirectory providers, ContainerNetworks networks,
            EngineSettings settings, ImageService images, ContainerEvents events) {
        this.state = state;
        this.providers = providers;
        this.networks = networks;
        this.settings = settings;
        this.images = images;
        this.events = events;
        this.checks = new CreateChecks(networks.directory(), state.index(), new ResourceChecks(providers));
        this.layers = new LayerPreparer(providers, images);
        this.volumes = new ContainerVolumes(providers, state.index());
    }

    Container create(ContainerConfig requested) {
        Defaults defaults = settings.defaults();
        ContainerConfig config = requested.toBuilder()
                .runtime(requested.runtime() != null ? requested.runtime() : defaults.runtime())
                .networkMode(requested.networkMode() != null ? requested.networkMode() : defaults.network())
                .logConfig(LogDrivers.effective(requested.logConfig(), defaults.log()))
                .build();
        checks.check(config, defaults.initBinary());
        List<String> links = LegacyLinks.resolve(config, state.index());
        providers.runtime(config.runtime());
        providers.shim();
        StorageDriver driver = providers.defaultStorage(defaults.storage());
        Image image = providers.call("image service", () -> images.resolve(config.image()));

        String id = state.names().newId();
        String name = state.names().reserve(config.name(), id);
        Undo undo = new Undo();
        try {
            undo.add(() -> state.index().releaseName(name, id));
            providers.run("image service", () -> images.retain(image.id(), id));
            undo.add(() -> images.release(image.id(), id));
            undo.add(() -> driver.remove(id));
            undo.add(() -> state.records().delete(id));
            ContainerRecord record = newRecord(id, config.toBuilder().name(name).links(links).build(), image, driver);
            List<Volume> madeVolumes = new ArrayList<>();
            undo.add(() -> volumes.removeQuietly(madeVolumes));
            record.config = record.config.toBuilder().mounts(volumes.prepare(record.config, madeVolumes::add)).build();
            record.layerIds = layers.ensure(driver, image);
            record.networks = joinedNetworks(record.config);
            ContainerHandle handle = new ContainerHandle(record, state.paths().logPath(id));
            handle.locked(() -> state.records().save(handle));
            state.index().add(handle);
            events.publish(handle.view(), "create");
            return handle.view();
        } catch (RuntimeException | Error e) {
            undo.run(id);
            throw e;
        }
    }

    private static ContainerRecord newRecord(String id, ContainerConfig config, Image image, StorageDriver driver) {
        ContainerRecord record = new ContainerRecord();
        record.id = id;
        record.name = config.name();
        record.imageId = image.id();
        record.imageConfig = image.config();
        record.config = withImageDefaults(config.withImageCommand(image.config()), image.config());
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
        NetworkDirectory.Located network = networks.directory().locate(config.networkMode());
        return List.of(new JoinedNetwork(network.name(), network.driver(),
                new EndpointConfig(config.networkAliases(), config.ipv4Address(), config.ipv6Address())));
    }

    /**
     * The image's exposed ports join the container's, its volumes not mounted otherwise are anonymous ones, and its
     * health check fills what the container's leaves unset.
     */
    private static ContainerConfig withImageDefaults(ContainerConfig config, ImageConfig image) {
        return config.toBuilder().exposedPorts(ExposedPorts.merge(config.exposedPorts(), image.exposedPorts()))
                .mounts(AnonymousVolumes.withImageVolumes(config.mounts(), image.volumes()))
                .healthcheck(HealthConfig.merge(config.healthcheck(), image.healthcheck())).build();
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
