package io.gantry.image.internal.store;

import io.gantry.api.GantryException;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageOrigin;
import io.gantry.api.image.Layer;
import io.gantry.image.internal.content.ContentStore;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.OciDescriptor;
import io.gantry.image.internal.oci.OciImageConfig;
import io.gantry.image.internal.oci.OciManifest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A stored image: its manifest and config, both blobs in the content store. */
public record ImageRecord(String manifestDigest, OciManifest manifest, OciImageConfig config) {

    static ImageRecord load(ContentStore content, String manifestDigest) {
        OciManifest manifest = CanonicalJson.read(content.read(manifestDigest), OciManifest.class,
                "manifest " + manifestDigest);
        if (manifest.config() == null || manifest.layers() == null) {
            throw new GantryException("manifest " + manifestDigest + " has no config or no layers");
        }
        String configDigest = manifest.config().digest();
        OciImageConfig config = CanonicalJson.read(content.read(configDigest), OciImageConfig.class,
                "image config " + configDigest);
        List<String> diffIds = config.rootfs() == null ? null : config.rootfs().diffIds();
        if (diffIds == null || diffIds.size() != manifest.layers().size()) {
            throw new GantryException("image config " + configDigest + " lists " + (diffIds == null ? 0
                    : diffIds.size()) + " diff ids for the " + manifest.layers().size() + " layers of its manifest");
        }
        return new ImageRecord(manifestDigest, manifest, config);
    }

    /** The image id: the digest of the config. */
    public String id() {
        return manifest.config().digest();
    }

    /** Every blob this image needs: manifest, config and layers. */
    public Set<String> blobs() {
        Set<String> blobs = new LinkedHashSet<>();
        blobs.add(manifestDigest);
        blobs.add(id());
        manifest.layers().forEach(layer -> blobs.add(layer.digest()));
        return blobs;
    }

    public List<Layer> layers() {
        List<Layer> layers = new ArrayList<>();
        List<String> diffIds = config.rootfs().diffIds();
        String chainId = null;
        for (int i = 0; i < diffIds.size(); i++) {
            OciDescriptor blob = manifest.layers().get(i);
            chainId = Digests.chainId(chainId, diffIds.get(i));
            layers.add(new Layer(blob.digest(), diffIds.get(i), chainId, blob.size(), blob.mediaType()));
        }
        return layers;
    }

    Image toImage(List<String> repoTags) {
        List<Layer> layers = layers();
        long size = layers.stream().mapToLong(Layer::size).sum();
        ImageConfig runConfig = config.config() == null ? ImageConfig.EMPTY : config.config().toImageConfig();
        return new Image(id(), List.copyOf(repoTags), created(), size, runConfig, layers, origin());
    }

    private ImageOrigin origin() {
        return new ImageOrigin(config.parent(), config.comment(), config.author(), config.container(),
                config.containerConfig() == null ? null : config.containerConfig().toImageConfig(),
                config.dockerVersion());
    }

    /** The config's "created"; an image without a readable one (it is optional) shows the epoch. */
    private Instant created() {
        Instant created = instant(config.created());
        return created == null ? Instant.EPOCH : created;
    }

    /** An OCI "created" time (RFC 3339), or null if there is none or it cannot be read. */
    static Instant instant(String created) {
        if (created == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(created).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
