package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.api.image.PruneResult;
import io.gantry.image.internal.content.Blob;
import io.gantry.image.internal.content.Lease;
import io.gantry.image.internal.store.ImageStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PruneTest {
    private static final String TAG = "app:1";

    @TempDir
    Path root;

    @Test
    void danglingImageGoesWithItsBlobsAndNamesItsLayers() throws IOException {
        String old = LayeredImages.twoLayers(root, TAG, "old");
        String current = LayeredImages.twoLayers(root, TAG, "new");
        GantryImageService images = TestConfigs.service(root);
        Image dangling = images.resolve(old);
        Map<String, Long> sizesBefore = new HashMap<>();
        for (String digest : StoreFiles.blobs(root)) {
            sizesBefore.put(digest, Files.size(StoreFiles.blob(root, digest)));
        }

        PruneResult result = images.prune(false);

        assertEquals(List.of(old), result.deletedImageIds());
        assertEquals(chainIds(dangling), result.unusedLayerChainIds());
        Set<String> remaining = StoreFiles.blobs(root);
        long deletedBytes = sizesBefore.entrySet().stream().filter(blob -> !remaining.contains(blob.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        assertEquals(4, sizesBefore.size() - remaining.size());
        assertEquals(deletedBytes, result.reclaimedBytes());
        assertEquals(List.of(current), images.list().stream().map(Image::id).toList());
    }

    @Test
    void imagesInUseStayAndAllTakesTaggedOnes() {
        String old = LayeredImages.twoLayers(root, TAG, "old");
        String current = LayeredImages.twoLayers(root, TAG, "new");
        GantryImageService images = TestConfigs.service(root);
        images.retain(old, "container-1");

        assertEquals(List.of(), images.prune(false).deletedImageIds());
        assertEquals(List.of(current), images.prune(true).deletedImageIds());
        assertEquals(List.of(old), images.list().stream().map(Image::id).toList());
    }

    @Test
    void blobsNoImageReferencesAreReclaimed() throws IOException {
        Path blob;
        long size;
        try (Lease lease = ImageStore.open(root.resolve("image")).content().lease()) {
            Blob orphan = lease.write("left by a failed pull".getBytes());
            blob = StoreFiles.blob(root, orphan.digest());
            size = orphan.size();
        }
        GantryImageService images = TestConfigs.service(root);

        PruneResult result = images.prune(false);

        assertEquals(List.of(), result.deletedImageIds());
        assertEquals(size, result.reclaimedBytes());
        assertFalse(Files.exists(blob));
    }

    @Test
    void unusedLayerChainIdsLeavesOutThoseImagesUse() {
        LayeredImages.twoLayers(root, TAG, "kept");
        GantryImageService images = TestConfigs.service(root);
        String used = images.resolve(TAG).layers().get(1).chainId();
        String gone = "sha256:" + "a".repeat(64);

        assertEquals(Set.of(gone), images.unusedLayerChainIds(Set.of(used, gone)));
        assertTrue(images.unusedLayerChainIds(Set.of()).isEmpty());
    }

    private static Set<String> chainIds(Image image) {
        return image.layers().stream().map(Layer::chainId).collect(Collectors.toSet());
    }
}
