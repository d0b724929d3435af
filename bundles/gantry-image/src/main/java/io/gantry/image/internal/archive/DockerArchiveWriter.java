package io.gantry.image.internal.archive;

import io.gantry.api.image.Layer;
import io.gantry.image.internal.content.ContentStore;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.layer.LayerReader;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.reference.Reference;
import io.gantry.image.internal.store.ImageRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code docker save} layout: {@code <config hex>.json}, {@code <diff id hex>/layer.tar} (uncompressed),
 * then manifest.json and repositories.
 */
final class DockerArchiveWriter {
    private final ContentStore content;
    private final TarWriter tar;

    DockerArchiveWriter(ContentStore content, TarWriter tar) {
        this.content = content;
        this.tar = tar;
    }

    void write(Map<ImageRecord, List<String>> images) throws IOException {
        List<DockerManifestEntry> manifest = new ArrayList<>();
        Map<String, Map<String, String>> repositories = new TreeMap<>();
        for (Map.Entry<ImageRecord, List<String>> image : images.entrySet()) {
            ImageRecord record = image.getKey();
            String configPath = Digests.hex(record.id()) + ".json";
            tar.file(configPath, content.read(record.id()));
            List<String> layerPaths = new ArrayList<>();
            for (Layer layer : record.layers()) {
                layerPaths.add(writeLayer(layer));
            }
            manifest.add(new DockerManifestEntry(configPath, image.getValue(), layerPaths));
            String topLayer = layerPaths.isEmpty() ? "" : layerPaths.get(layerPaths.size() - 1).split("/")[0];
            for (String nameTag : image.getValue()) {
                repositories.computeIfAbsent(Reference.repositoryOf(nameTag), repository -> new TreeMap<>())
                        .put(nameTag.substring(nameTag.lastIndexOf(':') + 1), topLayer);
            }
        }
        tar.file("manifest.json", CanonicalJson.write(manifest));
        tar.file("repositories", CanonicalJson.write(repositories));
    }

    private String writeLayer(Layer layer) throws IOException {
        String directory = Digests.hex(layer.diffId());
        String path = directory + "/layer.tar";
        if (!tar.contains(path)) {
            tar.directory(directory);
            long size;
            try (InputStream measured = LayerReader.open(content, layer)) {
                size = measured.transferTo(OutputStream.nullOutputStream());
            }
            try (InputStream uncompressed = LayerReader.open(content, layer)) {
                tar.file(path, size, uncompressed);
            }
        }
        return path;
    }
}
