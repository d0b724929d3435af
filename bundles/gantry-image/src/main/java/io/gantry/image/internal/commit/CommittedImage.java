package io.gantry.image.internal.commit;

import io.gantry.api.image.ImageCommit;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.LayerWriter;
import io.gantry.image.internal.content.Blob;
import io.gantry.image.internal.content.Lease;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.MediaTypes;
import io.gantry.image.internal.oci.OciDescriptor;
import io.gantry.image.internal.oci.OciHistory;
import io.gantry.image.internal.oci.OciImageConfig;
import io.gantry.image.internal.oci.OciManifest;
import io.gantry.image.internal.oci.OciRootFs;
import io.gantry.image.internal.oci.OciRunConfig;
import io.gantry.image.internal.store.ImageRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The config and manifest of a committed image: the parent's layers and history, then the container's changes as
 * an uncompressed layer and a history step with the comment, created by the container's command as Docker
 * records it.
 */
public final class CommittedImage {
    private CommittedImage() {
    }

    public static ImageRecord build(Lease lease, ImageRecord parent, ImageCommit commit, LayerWriter layer,
            Instant now) {
        ImageConfig config = ChangeInstructions.apply(CommitConfig.merge(commit.overrides(), commit.containerConfig()),
                commit.changes());
        Blob tar = lease.write(layer::writeTo);
        String created = now.toString();
        OciImageConfig base = parent.config();
        List<String> diffIds = new ArrayList<>(base.rootfs().diffIds());
        diffIds.add(tar.digest());
        List<OciHistory> history = new ArrayList<>(parentHistory(parent));
        List<String> command = commit.containerConfig().cmd();
        history.add(new OciHistory(created, command == null ? "" : String.join(" ", command),
                emptyToNull(commit.comment()), null));
        OciImageConfig imageConfig = new OciImageConfig(created, emptyToNull(commit.author()), base.architecture(),
                base.os(), OciRunConfig.from(config), OciRootFs.layers(diffIds), history, parent.id(),
                emptyToNull(commit.comment()), commit.containerId(), OciRunConfig.from(commit.containerConfig()), null);
        Blob configBlob = lease.write(CanonicalJson.write(imageConfig));
        List<OciDescriptor> layers = new ArrayList<>(parent.manifest().layers().stream()
                .map(CommittedImage::asOci).toList());
        layers.add(new OciDescriptor(MediaTypes.LAYER_TAR, tar.digest(), tar.size()));
        OciManifest manifest = OciManifest.of(new OciDescriptor(MediaTypes.CONFIG, configBlob.digest(),
                configBlob.size()), layers);
        Blob manifestBlob = lease.write(CanonicalJson.write(manifest));
        return new ImageRecord(manifestBlob.digest(), manifest, imageConfig);
    }

    /** The parent's history, or one step per layer if it has none, so that each step keeps its layer. */
    private static List<OciHistory> parentHistory(ImageRecord parent) {
        List<OciHistory> steps = parent.config().history();
        if (steps != null && !steps.isEmpty()) {
            return steps;
        }
        return parent.layers().stream().map(layer -> new OciHistory(parent.config().created(), "", null, null))
                .toList();
    }

    /** An OCI manifest names the Docker layer types by their OCI names. */
    private static OciDescriptor asOci(OciDescriptor layer) {
        String type = switch (layer.mediaType()) {
            case MediaTypes.DOCKER_LAYER_TAR -> MediaTypes.LAYER_TAR;
            case MediaTypes.DOCKER_LAYER_TAR_GZIP -> MediaTypes.LAYER_TAR_GZIP;
            default -> layer.mediaType();
        };
        return new OciDescriptor(type, layer.digest(), layer.size());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
