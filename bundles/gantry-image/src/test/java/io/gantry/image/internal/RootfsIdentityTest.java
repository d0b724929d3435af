package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import io.gantry.api.storage.StorageDriver;
import io.gantry.natives.Syscalls;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.storage.overlay.internal.OverlayStorageDriver;
import io.gantry.storage.vfs.internal.VfsStorageDriver;
import io.gantry.testkit.ConfigAnnotations;
import io.gantry.testkit.MountPoints;
import io.gantry.testkit.TreeSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated three-layer image pushed by Gantry and pulled back into a fresh store unpacks, through each
 * storage driver, to exactly the tree that skopeo and umoci unpack from the same registry image.
 */
class RootfsIdentityTest extends LocalRegistryTest {
    private static final Syscalls SYSCALLS = new LibcSyscalls();

    @TempDir
    Path pulledRoot;
    @TempDir
    Path umociDir;
    TreeSnapshot reference;
    Image pulled;

    @BeforeEach
    void pushPullAndUnpackWithUmoci() throws Exception {
        String ref = registry.host() + "/gantry/identity:1";
        LayeredImages.of(root, ref, GeneratedImage.layers());
        TestConfigs.service(root).push(ref, PushOptions.DEFAULTS, ProgressListener.NONE);
        pulled = TestConfigs.service(pulledRoot).pull(ref, PullOptions.DEFAULTS, ProgressListener.NONE);
        assertEquals(3, pulled.layers().size());

        Path layout = umociDir.resolve("layout");
        Tools.run(umociDir, "skopeo", "--tmpdir", umociDir.toString(), "copy", "--src-tls-verify=false",
                "docker://" + ref, "oci:" + layout + ":1");
        Tools.run(umociDir, "umoci", "unpack", "--image", layout + ":1", umociDir.resolve("bundle").toString());
        reference = TreeSnapshot.of(umociDir.resolve("bundle/rootfs"));
        assertEquals(Set.of(Set.of("bin/tool", "bin/tool-again"), Set.of("usr/lib/libx.so", "usr/lib/libx.so.1")),
                reference.hardLinks());
        assertEquals(List.of("var/cache/c"), reference.entries().keySet().stream()
                .filter(name -> name.startsWith("var/cache/")).toList());
        assertFalse(reference.entries().containsKey("etc/secret"));
        assertEquals("4755", reference.entries().get("bin/tool").mode());
    }

    @Test
    void vfsRootfsIsTheOneUmociUnpacks() throws IOException {
        StorageDriver vfs = new VfsStorageDriver(SYSCALLS, ConfigAnnotations.of(
                io.gantry.api.config.EngineRoots.class, roots(pulledRoot)));
        Path rootfs = vfs.mount("identity", applyLayers(vfs));

        assertEquals(List.of(), TreeSnapshot.of(rootfs).differencesFrom(reference));
        vfs.remove("identity");
    }

    @Test
    void overlayMergedViewIsTheOneUmociUnpacks() throws IOException {
        StorageDriver overlay = new OverlayStorageDriver(SYSCALLS, ConfigAnnotations.of(
                io.gantry.api.config.EngineRoots.class, roots(pulledRoot)));
        try {
            Path merged = overlay.mount("identity", applyLayers(overlay));

            assertEquals(List.of(), TreeSnapshot.of(merged).differencesFrom(reference));
        } finally {
            overlay.remove("identity");
        }
        assertEquals(List.of(), MountPoints.under(pulledRoot));
    }

    private List<String> applyLayers(StorageDriver driver) throws IOException {
        GantryImageService images = TestConfigs.service(pulledRoot);
        String parent = null;
        for (Layer layer : pulled.layers()) {
            try (InputStream tar = images.openLayer(layer)) {
                driver.applyLayer(layer.chainId(), parent, tar);
            }
            parent = layer.chainId();
        }
        return pulled.layers().stream().map(Layer::chainId).toList();
    }

    private static Map<String, Object> roots(Path dataRoot) {
        return Map.of("data_root", dataRoot.toString(), "run_root", dataRoot.resolve("run").toString());
    }
}
