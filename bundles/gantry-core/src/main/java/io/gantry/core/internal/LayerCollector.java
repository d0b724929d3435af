package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.ImageService;
import io.gantry.api.storage.StorageDriver;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the storage drivers' unpacked layers once nothing needs them. After an image is deleted and
 * after a container is destroyed, every stored layer that no image has and no container's root file system
 * sits on is removed, children before their parents. A layer a container still uses stays until that
 * container is destroyed, which triggers the next collection.
 */
final class LayerCollector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LayerCollector.class);

    private final Providers providers;
    private final ContainerIndex containers;
    private final ImageService images;
    private final AutoCloseable subscription;

    LayerCollector(Providers providers, ContainerIndex containers, ImageService images, EventBus events) {
        this.providers = providers;
        this.containers = containers;
        this.images = images;
        this.subscription = events.subscribe(LayerCollector::mayFreeLayers, event -> collect());
    }

    static boolean mayFreeLayers(Event event) {
        return event.type().equals("image") && event.action().equals("delete")
                || event.type().equals("container") && event.action().equals("destroy");
    }

    /** Runs one collection over every storage driver; a failing driver is logged and the others still run. */
    void collect() {
        for (StorageDriver driver : providers.storage.all()) {
            try {
                collect(driver);
            } catch (RuntimeException e) {
                LOG.warn("Collecting the unused layers of storage driver {} failed: {}", driver.name(),
                        ProviderCalls.describe(e));
            }
        }
    }

    private void collect(StorageDriver driver) {
        Set<String> unused = new HashSet<>(images.unusedLayerChainIds(driver.layers()));
        unused.removeAll(containerLayers());
        boolean progress = true;
        while (progress && !unused.isEmpty()) {
            progress = false;
            for (Iterator<String> layers = unused.iterator(); layers.hasNext();) {
                if (settle(driver, layers.next())) {
                    layers.remove();
                    progress = true;
                }
            }
        }
    }

    /** Removes the layer unless an image took it up meanwhile; false if it is still a parent, for a later pass. */
    private boolean settle(StorageDriver driver, String layerId) {
        if (images.unusedLayerChainIds(Set.of(layerId)).isEmpty()) {
            return true;
        }
        try {
            driver.removeLayer(layerId);
            LOG.info("Removed unused layer {} from storage driver {}", layerId, driver.name());
        } catch (ConflictException e) {
            return false;
        } catch (NotFoundException e) {
            LOG.debug("Layer {} of storage driver {} is gone already", layerId, driver.name());
        }
        return true;
    }

    private Set<String> containerLayers() {
        Set<String> used = new HashSet<>();
        for (ContainerHandle handle : containers.all()) {
            List<String> layerIds = handle.locked(() -> handle.record().layerIds);
            if (layerIds != null) {
                used.addAll(layerIds);
            }
        }
        return used;
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("Closing the layer collector's event subscription: {}", e.toString());
        }
    }
}
