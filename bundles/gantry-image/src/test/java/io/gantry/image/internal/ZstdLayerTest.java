package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.Image;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.MediaTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zstd-compressed layers: pulled, read, saved and loaded like gzip ones. */
class ZstdLayerTest {
    @TempDir
    Path root;
    @TempDir
    Path other;
    @TempDir
    Path registryDir;
    LocalRegistry registry;

    @BeforeEach
    void startRegistry() throws Exception {
        registry = LocalRegistry.start(registryDir, null);
    }

    @AfterEach
    void stopRegistry() throws InterruptedException {
        registry.close();
    }

    @Test
    void zstdImageGoesThroughARegistryAndReadsUncompressed() throws IOException {
        String reference = registry.host() + "/gantry/zstd:1";
        String id = LayeredImages.twoZstdLayers(root, reference, "z");
        GantryImageService images = TestConfigs.service(root);
        images.push(reference, PushOptions.DEFAULTS, ProgressListener.NONE);
        images.remove(reference, false);

        Image pulled = images.pull(reference, PullOptions.DEFAULTS, ProgressListener.NONE);

        assertEquals(id, pulled.id());
        assertEquals(MediaTypes.LAYER_TAR_ZSTD, pulled.layers().get(1).mediaType());
        try (InputStream top = images.openLayer(pulled.layers().get(1))) {
            assertEquals("changed z", Tars.content(top, "etc/hello"));
        }
    }

    @Test
    void dockerArchiveWithAZstdLayerLoads() throws IOException {
        String id = LayeredImages.twoLayers(root, "plain:1", "p");
        GantryImageService images = TestConfigs.service(root);
        String diffId = images.resolve("plain:1").layers().get(0).diffId();
        byte[] archive = TarBuilder.copy(SaveLoadTest.save(images, ArchiveFormat.DOCKER, "plain:1"),
                Digests.hex(diffId) + "/layer.tar", Tars::zstd).bytes();

        Image loaded = TestConfigs.service(other).load(new ByteArrayInputStream(archive), ProgressListener.NONE)
                .get(0);

        assertEquals(id, loaded.id());
        assertEquals(MediaTypes.LAYER_TAR_ZSTD, loaded.layers().get(0).mediaType());
        assertEquals(diffId, loaded.layers().get(0).diffId());
    }
}
