package io.gantry.image.internal;

import io.gantry.api.image.ImageConfig;
import io.gantry.image.internal.content.Blob;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.MediaTypes;
import io.gantry.image.internal.oci.OciDescriptor;
import io.gantry.image.internal.oci.OciHistory;
import io.gantry.image.internal.oci.OciImageConfig;
import io.gantry.image.internal.oci.OciManifest;
import io.gantry.image.internal.oci.OciRootFs;
import io.gantry.image.internal.oci.OciRunConfig;
import io.gantry.image.internal.store.ImageRecord;
import io.gantry.image.internal.store.ImageStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Stores multi-layer images (gzip layers) directly, before the service under test opens the same root. */
final class LayeredImages {
    private LayeredImages() {
    }

    /** A base layer and one that deletes a file (whiteout) and changes another; {@code marker} varies content. */
    static String twoLayers(Path dataRoot, String nameTag, String marker) {
        return build(dataRoot, nameTag, false,
                Tars.tar("etc/hello", "hello " + marker, "bin/tool", "#!/bin/sh\n", "var/cache/a", "a"),
                Tars.tar("etc/hello", "changed " + marker, "bin/.wh.tool", "", "var/cache/.wh..wh..opq", ""));
    }

    /** Like {@link #twoLayers}, with zstd-compressed layers. */
    static String twoZstdLayers(Path dataRoot, String nameTag, String marker) {
        return build(dataRoot, nameTag, false, List.of(), true,
                Tars.tar("etc/hello", "hello " + marker), Tars.tar("etc/hello", "changed " + marker));
    }

    /** An image whose config gives its last layer a wrong diff id, as a broken registry image would. */
    static String withWrongDiffId(Path dataRoot, String nameTag) {
        return build(dataRoot, nameTag, true, Tars.tar("etc/a", "a"), Tars.tar("etc/b", "b"));
    }

    /** Two layers made by the first and last of three steps; the middle step (ENV) made none. */
    static String withHistory(Path dataRoot, String nameTag) {
        List<OciHistory> history = List.of(
                new OciHistory("2026-01-01T00:00:00Z", "/bin/sh -c #(nop) ADD file:base in /", null, null),
                new OciHistory("2026-01-02T00:00:00Z", "/bin/sh -c #(nop) ENV A=1", null, true),
                new OciHistory("2026-01-03T00:00:00Z", "/bin/sh -c echo b > /etc/b", "step three", false));
        return build(dataRoot, nameTag, false, history, false, Tars.tar("etc/a", "a"), Tars.tar("etc/b", "b"));
    }

    /** An image of the given layer tars, gzip-compressed, base first. */
    static String of(Path dataRoot, String nameTag, byte[]... tars) {
        return build(dataRoot, nameTag, false, tars);
    }

    private static String build(Path dataRoot, String nameTag, boolean breakLastDiffId, byte[]... tars) {
        return build(dataRoot, nameTag, breakLastDiffId, List.of(), false, tars);
    }

    private static String build(Path dataRoot, String nameTag, boolean breakLastDiffId, List<OciHistory> history,
            boolean zstd, byte[]... tars) {
        ImageStore store = ImageStore.open(dataRoot.resolve("image"));
        return store.create(lease -> {
            List<OciDescriptor> layers = new ArrayList<>();
            List<String> diffIds = new ArrayList<>();
            for (byte[] tar : tars) {
                Blob blob = lease.write(zstd ? Tars.zstd(tar) : Tars.gzip(tar));
                layers.add(new OciDescriptor(zstd ? MediaTypes.LAYER_TAR_ZSTD : MediaTypes.LAYER_TAR_GZIP,
                        blob.digest(), blob.size()));
                diffIds.add(Digests.sha256(tar));
            }
            if (breakLastDiffId) {
                diffIds.set(diffIds.size() - 1, Digests.sha256("not this layer"));
            }
            OciImageConfig config = new OciImageConfig("2026-01-01T00:00:00Z", "amd64", "linux",
                    OciRunConfig.from(ImageConfig.EMPTY), OciRootFs.layers(diffIds), history);
            Blob configBlob = lease.write(CanonicalJson.write(config));
            OciManifest manifest = OciManifest.of(new OciDescriptor(MediaTypes.CONFIG, configBlob.digest(),
                    configBlob.size()), layers);
            Blob manifestBlob = lease.write(CanonicalJson.write(manifest));
            return new ImageRecord(manifestBlob.digest(), manifest, config);
        }, nameTag).id();
    }
}
