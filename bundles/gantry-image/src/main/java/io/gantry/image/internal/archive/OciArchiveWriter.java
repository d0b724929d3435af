package io.gantry.image.internal.archive;

import io.gantry.image.internal.content.ContentStore;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.MediaTypes;
import io.gantry.image.internal.store.ImageRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An OCI image layout: the blobs as stored, so manifest digests survive, and index.json naming each tag
 * the way docker does (whole reference in io.containerd.image.name, the tag in ref.name).
 */
final class OciArchiveWriter {
    private final ContentStore content;
    private final TarWriter tar;

    OciArchiveWriter(ContentStore content, TarWriter tar) {
        this.content = content;
        this.tar = tar;
    }

    void write(Map<ImageRecord, List<String>> images) throws IOException {
        tar.file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        tar.directory("blobs");
        tar.directory("blobs/sha256");
        List<LayoutIndex.Entry> entries = new ArrayList<>();
        for (Map.Entry<ImageRecord, List<String>> image : images.entrySet()) {
            ImageRecord record = image.getKey();
            for (String digest : record.blobs()) {
                writeBlob(digest);
            }
            String mediaType = record.manifest().mediaType() == null ? MediaTypes.MANIFEST
                    : record.manifest().mediaType();
            long size = Files.size(content.path(record.manifestDigest()));
            if (image.getValue().isEmpty()) {
                entries.add(new LayoutIndex.Entry(mediaType, record.manifestDigest(), size, Map.of(), null));
            }
            for (String nameTag : image.getValue()) {
                entries.add(new LayoutIndex.Entry(mediaType, record.manifestDigest(), size, Map.of(
                        LayoutIndex.IMAGE_NAME, nameTag,
                        LayoutIndex.REF_NAME, nameTag.substring(nameTag.lastIndexOf(':') + 1)), null));
            }
        }
        tar.file("index.json", CanonicalJson.write(new LayoutIndex(2, MediaTypes.INDEX, entries)));
    }

    private void writeBlob(String digest) throws IOException {
        String path = "blobs/sha256/" + Digests.hex(digest);
        if (!tar.contains(path)) {
            try (InputStream blob = content.open(digest)) {
                tar.file(path, Files.size(content.path(digest)), blob);
            }
        }
    }
}
