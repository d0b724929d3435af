package io.gantry.image.internal.archive;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.ProgressListener;
import io.gantry.image.internal.content.Blob;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.content.Lease;
import io.gantry.image.internal.layer.LayerCompression;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.MediaTypes;
import io.gantry.image.internal.oci.OciDescriptor;
import io.gantry.image.internal.oci.OciImageConfig;
import io.gantry.image.internal.oci.OciManifest;
import io.gantry.image.internal.reference.Reference;
import io.gantry.image.internal.store.ImageRecord;
import io.gantry.image.internal.store.LoadedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a docker-archive: each manifest.json entry's config (its digest is the image id) and layers, plain
 * or gzipped, each checked against its diff id; the OCI manifest is written anew.
 */
final class DockerArchiveReader {
    private final ArchiveSpool spool;
    private final Lease lease;
    private final ProgressListener progress;

    DockerArchiveReader(ArchiveSpool spool, Lease lease, ProgressListener progress) {
        this.spool = spool;
        this.lease = lease;
        this.progress = progress;
    }

    List<LoadedImage> read() {
        List<LoadedImage> images = new ArrayList<>();
        for (DockerManifestEntry entry : entries()) {
            images.add(read(entry));
        }
        return images;
    }

    private List<DockerManifestEntry> entries() {
        try {
            return CanonicalJson.mapper().readValue(spool.document("manifest.json"), new TypeReference<>() { });
        } catch (IOException e) {
            throw new InvalidArgumentException("invalid manifest.json in the image archive: " + e.getMessage(), e);
        }
    }

    private LoadedImage read(DockerManifestEntry entry) {
        if (entry.config() == null || entry.layers() == null) {
            throw new InvalidArgumentException("manifest.json of the image archive has an entry without Config or Layers");
        }
        byte[] configJson = spool.document(entry.config());
        OciImageConfig config = CanonicalJson.read(configJson, OciImageConfig.class, "image config " + entry.config());
        List<String> diffIds = config.rootfs() == null ? null : config.rootfs().diffIds();
        if (diffIds == null || diffIds.size() != entry.layers().size()) {
            throw new InvalidArgumentException("image config " + entry.config() + " does not list one diff id for"
                    + " each of the " + entry.layers().size() + " layers manifest.json gives it");
        }
        List<OciDescriptor> layers = new ArrayList<>();
        for (int i = 0; i < diffIds.size(); i++) {
            layers.add(storeLayer(entry.layers().get(i), Digests.requireValid(diffIds.get(i))));
        }
        Blob configBlob = lease.write(configJson);
        OciManifest manifest = OciManifest.of(new OciDescriptor(MediaTypes.CONFIG, configBlob.digest(),
                configBlob.size()), layers);
        Blob manifestBlob = lease.write(CanonicalJson.write(manifest));
        List<String> tags = entry.repoTags().stream().map(tag -> Reference.parse(tag).nameTag()).toList();
        return new LoadedImage(new ImageRecord(manifestBlob.digest(), manifest, config), tags);
    }

    private OciDescriptor storeLayer(String path, String diffId) {
        SpooledFile file = spool.file(path);
        LayerCompression compression = LayerCompression.sniff(file.head(4));
        String mediaType = compression.ociMediaType();
        if (compression == LayerCompression.NONE && !file.digest().equals(diffId)) {
            throw new InvalidArgumentException("layer " + path + " of the image archive does not match its diff id "
                    + diffId + ": its content hashes to " + file.digest());
        }
        ArchiveLayers.store(lease, progress, file, mediaType, diffId, path);
        return new OciDescriptor(mediaType, file.digest(), file.size());
    }
}
