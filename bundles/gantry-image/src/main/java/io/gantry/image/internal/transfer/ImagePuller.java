package io.gantry.image.internal.transfer;

import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.image.internal.content.BlobCheck;
import io.gantry.image.internal.content.Lease;
import io.gantry.image.internal.layer.DiffIdCheck;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.OciDescriptor;
import io.gantry.image.internal.oci.OciImageConfig;
import io.gantry.image.internal.oci.OciIndex;
import io.gantry.image.internal.oci.OciManifest;
import io.gantry.image.internal.oci.OciPlatform;
import io.gantry.image.internal.reference.Reference;
import io.gantry.image.internal.registry.BlobSources;
import io.gantry.image.internal.registry.FetchedManifest;
import io.gantry.image.internal.registry.Registries;
import io.gantry.image.internal.registry.RegistryClient;
import io.gantry.image.internal.registry.RegistryName;
import io.gantry.image.internal.store.ImageRecord;
import io.gantry.image.internal.store.ImageStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Pulls an image: resolves the reference to a manifest (picking the platform from an index), then stores
 * config and layers, skipping blobs already stored, and the manifest last.
 */
public final class ImagePuller {
    private final ImageStore store;
    private final Registries registries;
    private final BlobSources sources;

    public ImagePuller(ImageStore store, Registries registries, BlobSources sources) {
        this.store = store;
        this.registries = registries;
        this.sources = sources;
    }

    public Image pull(String text, PullOptions options, ProgressListener progress) {
        Reference reference = Reference.parse(text);
        OciPlatform platform = OciPlatform.parse(options.platform());
        String familiar = reference.hasDigest() ? reference.repository() + "@" + reference.digest()
                : reference.nameTag();
        RegistryName name = RegistryName.of(reference.repository());
        progress.resolving(familiar);
        RegistryClient client = registries.open(name, options.credentials());
        FetchedManifest top = client.manifest(reference.hasDigest() ? reference.digest() : reference.tag(), familiar);
        FetchedManifest manifest = top.isIndex() ? forPlatform(client, top, platform, familiar) : top;
        Image image = store.createKeepingBlobs(lease -> fetch(lease, client, manifest, progress),
                reference.hasDigest() ? null : reference.nameTag(), reference.repository() + "@" + top.digest());
        sources.add(name, image.layers().stream().map(Layer::digest).toList());
        progress.status("Digest: " + top.digest() + " Status: Downloaded image for " + familiar);
        return image;
    }

    private static FetchedManifest forPlatform(RegistryClient client, FetchedManifest index, OciPlatform platform,
            String familiar) {
        OciIndex parsed = CanonicalJson.read(index.content(), OciIndex.class, "index " + index.digest());
        OciIndex.Entry entry = parsed.manifestFor(platform).orElseThrow(() -> new NotFoundException(
                "no manifest for platform " + platform + " in " + familiar));
        return client.manifest(entry.digest(), familiar + " (" + platform + ")");
    }

    private ImageRecord fetch(Lease lease, RegistryClient client, FetchedManifest fetched, ProgressListener progress) {
        OciManifest manifest = CanonicalJson.read(fetched.content(), OciManifest.class, "manifest " + fetched.digest());
        if (manifest.config() == null || manifest.layers() == null) {
            throw new GantryException("manifest " + fetched.digest() + " has no config or no layers");
        }
        manifest.layers().forEach(layer -> DiffIdCheck.requireSupported(layer.digest(), layer.mediaType()));
        OciDescriptor configBlob = manifest.config();
        if (!lease.keepExisting(configBlob.digest())) {
            download(lease, client, configBlob, BlobCheck.NONE, bytes -> { });
        }
        OciImageConfig config = CanonicalJson.read(store.content().read(configBlob.digest()), OciImageConfig.class,
                "image config " + configBlob.digest());
        List<String> diffIds = config.rootfs() == null ? List.of() : config.rootfs().diffIds();
        if (diffIds == null || diffIds.size() != manifest.layers().size()) {
            throw new GantryException("image config " + configBlob.digest() + " does not list one diff id for each of"
                    + " the " + manifest.layers().size() + " layers of manifest " + fetched.digest());
        }
        manifest.layers().forEach(layer -> progress.waiting(layer.digest()));
        for (int i = 0; i < diffIds.size(); i++) {
            fetchLayer(lease, client, manifest.layers().get(i), diffIds.get(i), progress);
        }
        lease.write(fetched.content());
        return new ImageRecord(fetched.digest(), manifest, config);
    }

    private static void fetchLayer(Lease lease, RegistryClient client, OciDescriptor layer, String diffId,
            ProgressListener progress) {
        if (lease.keepExisting(layer.digest())) {
            progress.alreadyExists(layer.digest());
            return;
        }
        BlobCheck diffIdCheck = DiffIdCheck.of(layer.digest(), layer.mediaType(), diffId);
        download(lease, client, layer, file -> {
            progress.verifying(layer.digest());
            diffIdCheck.check(file);
        }, bytes -> progress.downloading(layer.digest(), bytes, layer.size()));
        progress.done(layer.digest());
    }

    private static void download(Lease lease, RegistryClient client, OciDescriptor blob, BlobCheck check,
            LongConsumer onBytes) {
        try (InputStream in = new ProgressInputStream(client.openBlob(blob.digest()), onBytes)) {
            lease.write(in, blob.digest(), check);
        } catch (IOException e) {
            throw new GantryException("cannot download blob " + blob.digest() + ": " + e.getMessage(), e);
        }
    }
}
