package io.gantry.storage.overlay.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.storage.StorageDriver;
import io.gantry.natives.Syscalls;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.testkit.LayerIds;
import io.gantry.testkit.LayerTar;
import io.gantry.testkit.MountPoints;
import io.gantry.testkit.conformance.StorageDriverConformanceTest;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The conformance suite with real overlay mounts (as root), plus what is particular to overlay. */
class OverlayStorageDriverTest extends StorageDriverConformanceTest {
    private static final Syscalls SYSCALLS = new LibcSyscalls();

    @Override
    protected StorageDriver createDriver(Path dataRoot) {
        return new OverlayStorageDriver(SYSCALLS, TestConfig.under(dataRoot));
    }

    @Test
    void isNamedOverlay() {
        assertEquals("overlay", driver.name());
    }

    @Test
    void layersKeepOverlayWhiteoutsInTheirDiff() throws IOException {
        applyBase();
        driver.applyLayer(CHILD, BASE, new LayerTar().whiteout("etc", "group").opaque("root").stream());

        Path layers = dataRoot.resolve("storage/overlay/layers");
        Path diff = layers.resolve(CHILD.replace(':', '-')).resolve("diff");
        assertEquals(Syscalls.S_IFCHR, (Integer) Files.getAttribute(diff.resolve("etc/group"), "unix:mode",
                LinkOption.NOFOLLOW_LINKS) & 0170000);
        assertArrayEquals(new byte[] {'y'}, SYSCALLS.lgetxattr(diff.resolve("root").toString(), "trusted.overlay.opaque"));
        assertEquals(BASE, Files.readString(layers.resolve(CHILD.replace(':', '-')).resolve("parent")));
        for (Path dir : List.of(dataRoot.resolve("storage/overlay"), layers)) {
            assertEquals(0711, mode(dir), dir.toString());
        }
    }

    @Test
    void directoryALayerOnlyImpliesKeepsTheLowerOwnerAndMode() throws IOException {
        driver.applyLayer(BASE, null, new LayerTar().ownedBy(1000, 1001).directory("srv", 0750)
                .directory("srv/old", 0700).directory("gone", 0700).stream());
        driver.applyLayer(CHILD, BASE, new LayerTar().whiteout("", "gone").opaque("srv").stream());
        String top = LayerIds.of("top");
        driver.applyLayer(top, CHILD, new LayerTar().file("srv/old/new", "n", 0644).file("gone/x", "x", 0644)
                .file("srv/note", "n", 0644).stream());

        Path rootfs = driver.mount("web", List.of(BASE, CHILD, top));
        try {
            assertEquals(List.of(0750, 1000, 1001), modeAndOwner(rootfs.resolve("srv")));
            assertEquals(List.of(0755, 0, 0), modeAndOwner(rootfs.resolve("srv/old")));
            assertEquals(List.of(0755, 0, 0), modeAndOwner(rootfs.resolve("gone")));
        } finally {
            driver.remove("web");
        }
    }

    @Test
    void rootfsIsAnOverlayMount() {
        applyBase();
        Path rootfs = driver.mount("web", List.of(BASE));
        assertEquals(dataRoot.resolve("storage/overlay/containers/web/merged"), rootfs);
        assertEquals(Syscalls.OVERLAYFS_SUPER_MAGIC, SYSCALLS.fileSystemType(rootfs.toString()));
        assertEquals(1, MountPoints.under(dataRoot).size());
        driver.unmount("web");
        assertEquals(List.of(), MountPoints.under(dataRoot));
    }

    private static List<Integer> modeAndOwner(Path path) throws IOException {
        return List.of((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777,
                (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS),
                (Integer) Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void busyRootfsIsDetached() throws IOException {
        applyBase();
        Path rootfs = driver.mount("web", List.of(BASE));
        try (DirectoryStream<Path> openInside = Files.newDirectoryStream(rootfs)) {
            driver.unmount("web");
            assertEquals(List.of(), MountPoints.under(dataRoot));
        }
    }

    @Test
    void manyLayersMountThroughShortLinks() throws IOException {
        String parent = null;
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = LayerIds.of("layer" + i);
            driver.applyLayer(id, parent, new LayerTar().file("layer" + i, "content " + i, 0644)
                    .file("top", "from " + i, 0644).stream());
            chain.add(id);
            parent = id;
        }
        Path rootfs = driver.mount("tall", chain);
        assertEquals("content 0", Files.readString(rootfs.resolve("layer0")));
        assertEquals("from 39", Files.readString(rootfs.resolve("top")));
        try (Stream<Path> links = Files.list(dataRoot.resolve("storage/overlay/l"))) {
            assertEquals(40, links.count());
        }
    }
}
