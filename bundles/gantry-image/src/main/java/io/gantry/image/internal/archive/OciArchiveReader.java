package io.gantry.image.internal.archive;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.ProgressListener;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.content.Lease;
import io.gantry.image.internal.layer.DiffIdCheck;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.MediaTypes;
import io.gantry.image.internal.oci.OciDescriptor;
import io.gantry.image.internal.oci.OciImageConfig;
import io.gantry.image.internal.oci.OciIndex;
import io.gantry.image.internal.oci.OciManifest;
import io.gantry.image.internal.oci.OciPlatform;
import io.gantry.image.internal.store.ImageBuilder;
import io.gantry.image.internal.store.ImageRecord;
import io.gantry.image.internal.store.LoadedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OCI image layout: every manifest index.json names (a nested index gives its linux manifest for
 * this machine's architecture), its blobs stored as they are after checking each against its digest.
 */
final class OciArchiveReader {
    private final ArchiveSpool spool;
    private final Lease lease;
    private final ProgressListener progress;

    OciArchiveReader(ArchiveSpool spool, Lease lease, ProgressListener progress) {
        this.spool = spool;
        this.lease = lease;
        this.progress = progress;
    }

    List<LoadedImage> read() {
        LayoutIndex index = CanonicalJson.read(spool.document("index.json"), LayoutIndex.class,
                "index.json of the image archive");
        Map<String, List<String>> tagsByManifest = new LinkedHashMap<>();
        Map<String, LayoutIndex.Entry> manifests = new LinkedHashMap<>();
        for (LayoutIndex.Entry entry : index.manifests()) {
            manifests.putIfAbsent(entry.digest(), entry);
            List<String> tags = tagsByManifest.computeIfAbsent(entry.digest(), digest -> new ArrayList<>());
            LayoutNames.nameTag(entry.annotations()).filter(tag -> !tags.contains(tag)).ifPresent(tags::add);
        }
        List<LoadedImage> images = new ArrayList<>();
        manifests.forEach((digest, entry) -> images.add(new LoadedImage(read(entry.mediaType(), digest),
                tagsByManifest.get(digest))));
        return images;
    }

    private ImageRecord read(String mediaType, String digest) {
        byte[] document = blobDocument(digest);
        if (MediaTypes.isIndex(mediaType)) {
            OciPlatform platform = OciPlatform.parse("linux/" + ImageBuilder.architecture());
            OciIndex nested = CanonicalJson.read(document, OciIndex.class, "index " + digest);
            OciIndex.Entry entry = nested.manifestFor(platform).orElseThrow(() -> new InvalidArgumentException(
                    "index " + digest + " of the image archive has no manifest for " + platform));
            return read(entry.mediaType(), entry.digest());
        }
        OciManifest manifest = CanonicalJson.read(document, OciManifest.class, "manifest " + digest);
        if (manifest.config() == null || manifest.layers() == null) {
            throw new InvalidArgumentException("manifest " + digest + " of the image archive has no config or layers");
        }
        byte[] configJson = blobDocument(manifest.config().digest());
        OciImageConfig config = CanonicalJson.read(configJson, OciImageConfig.class,
                "image config " + manifest.config().digest());
        List<String> diffIds = config.rootfs() == null ? null : config.rootfs().diffIds();
        if (diffIds == null || diffIds.size() != manifest.layers().size()) {
            throw new InvalidArgumentException("image config " + manifest.config().digest() + " does not list one"
                    + " diff id for each of the " + manifest.layers().size() + " layers of manifest " + digest);
        }
        for (int i = 0; i < diffIds.size(); i++) {
            storeLayer(manifest.layers().get(i), Digests.requireValid(diffIds.get(i)));
        }
        lease.write(configJson);
        lease.write(document);
        return new ImageRecord(digest, manifest, config);
    }

    private byte[] blobDocument(String digest) {
        byte[] document = spool.document(blobPath(digest));
        String actual = Digests.sha256(document);
        if (!actual.equals(digest)) {
            throw new InvalidArgumentException("blob " + digest + " of the image archive hashes to " + actual);
        }
        return document;
    }

    private void storeLayer(OciDescriptor layer, String diffId) {
        DiffIdCheck.requireSupported(layer.digest(), layer.mediaType());
        SpooledFile file = spool.file(blobPath(layer.digest()));
        if (!file.digest().equals(layer.digest())) {
            throw new InvalidArgumentException("layer " + layer.digest() + " of the image archive hashes to "
                    + file.digest());
        }
        ArchiveLayers.store(lease, progress, file, layer.mediaType(), diffId, layer.digest());
    }

    private static String blobPath(String digest) {
        return "blobs/sha256/" + Digests.hex(digest);
    }
}
