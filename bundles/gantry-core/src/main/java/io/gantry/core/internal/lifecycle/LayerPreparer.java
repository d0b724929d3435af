package io.gantry.core.internal.lifecycle;

import io.gantry.api.GantryException;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.Layer;
import io.gantry.api.storage.StorageDriver;
import io.gantry.core.internal.provider.ProviderDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Unpacks an image's layers into a storage driver, each layer once even when creates run concurrently. */
final class LayerPreparer {
    private final ProviderDirectory providers;
    private final ImageService images;
    private final Map<String, Object> layerLocks = new ConcurrentHashMap<>();

    LayerPreparer(ProviderDirectory providers, ImageService images) {
        this.providers = providers;
        this.images = images;
    }

    /** @return the storage layer ids (chain ids), base first */
    List<String> ensure(StorageDriver driver, Image image) {
        String provider = "storage driver " + driver.name();
        String parent = null;
        for (Layer layer : image.layers()) {
            String chainId = layer.chainId();
            String parentId = parent;
            synchronized (layerLocks.computeIfAbsent(driver.name() + "/" + chainId, k -> new Object())) {
                if (!providers.call(provider, () -> driver.hasLayer(chainId))) {
                    try (InputStream tar = providers.call("image service", () -> images.openLayer(layer))) {
                        providers.runUnpacking(provider, () -> driver.applyLayer(chainId, parentId, tar));
                    } catch (IOException e) {
                        throw new GantryException("cannot read layer " + layer.digest() + " of image " + image.id()
                                + ": " + e.getMessage(), e);
                    }
                }
            }
            parent = chainId;
        }
        return image.layers().stream().map(Layer::chainId).toList();
    }
}
