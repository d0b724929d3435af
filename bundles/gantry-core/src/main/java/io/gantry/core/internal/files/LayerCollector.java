package io.gantry.core.internal.files;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.ImageService;
import io.gantry.api.storage.StorageDriver;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerIndex;
import io.gantry.core.internal.state.StateStore;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the storage drivers' unpacked layers once nothing needs them. After an image is deleted and
 * after a container is destroyed, every stored layer that no image has and no container's root file system
 * sits on is removed, children before their parents. A layer a container still uses stays until that
 * container is destroyed, which triggers the next collection.
 */
@Component(service = {}, immediate = true)
public final class LayerCollector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LayerCollector.class);

    private final ProviderDirectory providers;
    private final ContainerIndex containers;
    private final ImageService images;
    private final AutoCloseable subscription;

    @Activate
    public LayerCollector(@Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "state") StateStore state, @Reference(name = "imageService") ImageService images,
            @Reference(name = "eventBus") EventBus events) {
        this.providers = providers;
        this.containers = state.index();
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
            providers.run("storage driver " + driver.name(), () -> driver.removeLayer(layerId));
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

    @Deactivate
    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("Closing the layer collector's event subscription: {}", e.toString());
        }
    }
}
