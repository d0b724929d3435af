package io.gantry.image.internal.store;

import io.gantry.api.image.ImageConfig;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Writes the config and manifest of a one-layer image around an uncompressed layer blob. */
public final class ImageBuilder {
    private ImageBuilder() {
    }

    /** @param history what made the layer, as "created_by" in the history */
    public static ImageRecord singleLayer(Lease lease, Blob tarLayer, ImageConfig runConfig, Instant created,
            String history) {
        String timestamp = created.toString();
        OciImageConfig config = new OciImageConfig(timestamp, architecture(), "linux", OciRunConfig.from(runConfig),
                OciRootFs.layers(List.of(tarLayer.digest())), List.of(new OciHistory(timestamp, history, null, null)));
        Blob configBlob = lease.write(CanonicalJson.write(config));
        OciManifest manifest = OciManifest.of(
                new OciDescriptor(MediaTypes.CONFIG, configBlob.digest(), configBlob.size()),
                List.of(new OciDescriptor(MediaTypes.LAYER_TAR, tarLayer.digest(), tarLayer.size())));
        Blob manifestBlob = lease.write(CanonicalJson.write(manifest));
        return new ImageRecord(manifestBlob.digest(), manifest, config);
    }

    /** The OCI (GOARCH) name of the JVM's architecture. */
    public static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64" -> "arm64";
            case "i386", "i686", "x86" -> "386";
            default -> arch;
        };
    }
}
