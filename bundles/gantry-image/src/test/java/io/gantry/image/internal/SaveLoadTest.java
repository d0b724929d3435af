package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save and load round trips in both formats, between two stores. */
class SaveLoadTest {
    private static final String TAG = "localhost:5000/gantry/app:1";

    @TempDir
    Path source;
    @TempDir
    Path target;

    @Test
    void dockerArchiveRoundTripKeepsIdTagsAndLayerContent() throws IOException {
        String id = LayeredImages.twoLayers(source, TAG, "v1");
        GantryImageService saving = TestConfigs.service(source);
        byte[] archive = save(saving, ArchiveFormat.DOCKER, TAG);

        JsonNode manifest = new ObjectMapper().readTree(Tars.content(new ByteArrayInputStream(archive), "manifest.json"));
        assertEquals(TAG, manifest.get(0).get("RepoTags").get(0).asText());
        assertEquals(id.substring(7) + ".json", manifest.get(0).get("Config").asText());

        GantryImageService loading = TestConfigs.service(target);
        PullPushTest.RecordingListener progress = new PullPushTest.RecordingListener();
        List<Image> loaded = loading.load(new ByteArrayInputStream(archive), progress);

        assertEquals(1, loaded.size());
        assertEquals(id, loaded.get(0).id());
        assertEquals(List.of(TAG), loading.resolve(TAG).repoTags());
        assertEquals(diffIds(saving.resolve(TAG).layers()), diffIds(loaded.get(0).layers()));
        assertTrue(progress.events.contains("Loaded image: " + TAG), progress.events.toString());
        try (InputStream top = loading.openLayer(loaded.get(0).layers().get(1))) {
            assertEquals("changed v1", Tars.content(top, "etc/hello"));
        }
        assertTrue(StoreFiles.tempFiles(target).isEmpty());
    }

    @Test
    void ociLayoutRoundTripKeepsTheManifestDigest() throws IOException {
        String id = LayeredImages.twoLayers(source, TAG, "v2");
        GantryImageService saving = TestConfigs.service(source);
        saving.tag(TAG, "other:2");
        byte[] archive = save(saving, ArchiveFormat.OCI, TAG, "other:2");

        JsonNode index = new ObjectMapper().readTree(Tars.content(new ByteArrayInputStream(archive), "index.json"));
        assertEquals(2, index.get("manifests").size());
        assertEquals("1", index.get("manifests").get(0).get("annotations")
                .get("org.opencontainers.image.ref.name").asText());

        GantryImageService loading = TestConfigs.service(target);
        List<Image> loaded = loading.load(new ByteArrayInputStream(archive), ProgressListener.NONE);

        assertEquals(1, loaded.size());
        assertEquals(id, loaded.get(0).id());
        assertEquals(List.of(TAG, "other:2"), loading.resolve(id).repoTags().stream().sorted().toList());
        assertEquals(saving.resolve(TAG).layers(), loaded.get(0).layers());
        assertEquals(StoreFiles.manifestOf(source, TAG), StoreFiles.manifestOf(target, TAG));
    }

    @Test
    void savingByIdWritesNoTagAndLoadingTwiceIsHarmless() throws IOException {
        String id = LayeredImages.twoLayers(source, TAG, "v3");
        byte[] archive = save(TestConfigs.service(source), ArchiveFormat.DOCKER, id);
        GantryImageService loading = TestConfigs.service(target);

        loading.load(new ByteArrayInputStream(archive), ProgressListener.NONE);
        PullPushTest.RecordingListener again = new PullPushTest.RecordingListener();
        List<Image> loaded = loading.load(new ByteArrayInputStream(archive), again);

        assertEquals(List.of(), loaded.get(0).repoTags());
        assertEquals(1, loading.list().size());
        assertTrue(again.events.contains("Loaded image ID: " + id), again.events.toString());
        assertTrue(again.events.stream().anyMatch(event -> event.startsWith("exists ")), again.events.toString());
    }

    @Test
    void layerReachedThroughASymlinkInsideTheArchiveLoads() throws IOException {
        String id = LayeredImages.twoLayers(source, TAG, "v5");
        GantryImageService saving = TestConfigs.service(source);
        String baseLayer = saving.resolve(TAG).layers().get(0).diffId().substring(7) + "/layer.tar";
        byte[] archive = TarBuilder.copy(save(saving, ArchiveFormat.DOCKER, TAG), "manifest.json",
                json -> new String(json, StandardCharsets.UTF_8).replace(baseLayer, "shared/layer.tar")
                        .getBytes(StandardCharsets.UTF_8))
                .symlink("shared/layer.tar", "../" + baseLayer).bytes();

        List<Image> loaded = TestConfigs.service(target).load(new ByteArrayInputStream(archive), ProgressListener.NONE);

        assertEquals(id, loaded.get(0).id());
    }

    @Test
    void gzippedArchiveLoads() {
        String id = LayeredImages.twoLayers(source, TAG, "v6");
        byte[] archive = Tars.gzip(save(TestConfigs.service(source), ArchiveFormat.OCI, TAG));

        List<Image> loaded = TestConfigs.service(target).load(new ByteArrayInputStream(archive), ProgressListener.NONE);

        assertEquals(id, loaded.get(0).id());
    }

    @Test
    void unknownReferenceWritesNothing() {
        LayeredImages.twoLayers(source, TAG, "v4");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NotFoundException e = assertThrows(NotFoundException.class, () -> TestConfigs.service(source)
                .save(List.of(TAG, "missing:1"), out, ArchiveFormat.OCI));
        assertTrue(e.getMessage().contains("missing:1"), e.getMessage());
        assertEquals(0, out.size());
    }

    static byte[] save(GantryImageService images, ArchiveFormat format, String... references) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        images.save(List.of(references), out, format);
        return out.toByteArray();
    }

    private static List<String> diffIds(List<Layer> layers) {
        return layers.stream().map(Layer::diffId).toList();
    }
}
