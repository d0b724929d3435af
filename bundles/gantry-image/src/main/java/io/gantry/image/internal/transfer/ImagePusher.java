package io.gantry.image.internal.transfer;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PushOptions;
import io.gantry.image.internal.oci.MediaTypes;
import io.gantry.image.internal.oci.OciDescriptor;
import io.gantry.image.internal.reference.Reference;
import io.gantry.image.internal.registry.BlobSources;
import io.gantry.image.internal.registry.Registries;
import io.gantry.image.internal.registry.RegistryClient;
import io.gantry.image.internal.registry.RegistryName;
import io.gantry.image.internal.store.ImageRecord;
import io.gantry.image.internal.store.ImageStore;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes a local image: each layer and then the config blob (skipped if the registry has it, mounted from
 * another repository of the registry where we saw it, else uploaded), then the manifest as stored.
 */
public final class ImagePusher {
    private final ImageStore store;
    private final Registries registries;
    private final BlobSources sources;

    public ImagePusher(ImageStore store, Registries registries, BlobSources sources) {
        this.store = store;
        this.registries = registries;
        this.sources = sources;
    }

    public void push(String text, PushOptions options, ProgressListener progress) {
        Reference reference = Reference.parse(text);
        if (reference.hasDigest()) {
            throw new InvalidArgumentException("cannot push " + text + ": push a tag, not a digest");
        }
        ImageRecord record = store.findRecord(text);
        RegistryName name = RegistryName.of(reference.repository());
        RegistryClient client = registries.open(name, options.credentials());
        List<OciDescriptor> blobs = new ArrayList<>(record.manifest().layers());
        blobs.add(record.manifest().config());
        blobs.forEach(blob -> progress.waiting(blob.digest()));
        for (OciDescriptor blob : blobs) {
            pushBlob(client, blob.digest(), progress);
        }
        byte[] manifest = store.content().read(record.manifestDigest());
        String mediaType = record.manifest().mediaType() == null ? MediaTypes.MANIFEST : record.manifest().mediaType();
        client.putManifest(reference.tag(), mediaType, manifest);
        sources.add(name, record.blobs());
        store.addRepoDigest(reference.repository() + "@" + record.manifestDigest(), record);
        progress.status(reference.tag() + ": digest: " + record.manifestDigest() + " size: " + manifest.length);
    }

    private void pushBlob(RegistryClient client, String digest, ProgressListener progress) {
        if (client.hasBlob(digest)) {
            progress.alreadyExists(digest);
            return;
        }
        RegistryName name = client.name();
        var from = sources.otherRepository(name, digest).filter(path -> client.mountBlob(digest, path));
        if (from.isPresent()) {
            progress.mounted(digest, name.registry() + "/" + from.get());
            return;
        }
        long size = size(digest);
        client.uploadBlob(digest, size, () -> new ProgressInputStream(store.content().open(digest),
                bytes -> progress.pushing(digest, bytes, size)));
        progress.pushed(digest);
    }

    private long size(String digest) {
        try {
            return Files.size(store.content().path(digest));
        } catch (IOException e) {
            throw new GantryException("cannot read blob " + digest + ": " + e.getMessage(), e);
        }
    }
}
