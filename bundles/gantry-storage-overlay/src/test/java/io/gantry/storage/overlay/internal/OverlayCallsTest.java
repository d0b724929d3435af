package io.gantry.storage.overlay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.natives.Syscalls;
import io.gantry.natives.fake.RecordingSyscalls;
import io.gantry.testkit.LayerIds;
import io.gantry.testkit.LayerTar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mount and unmount calls the driver makes, recorded by the fake; nothing is really mounted. */
class OverlayCallsTest {
    private static final String A = LayerIds.of("a");
    private static final String B = LayerIds.of("b");

    private final RecordingSyscalls fake = new RecordingSyscalls();
    @TempDir
    Path dataRoot;
    private OverlayStorageDriver driver;
    private Path storage;

    @BeforeEach
    void createDriverWithTwoLayers() {
        driver = new OverlayStorageDriver(fake, TestConfig.under(dataRoot));
        storage = dataRoot.resolve("storage/overlay");
        driver.applyLayer(A, null, new LayerTar().file("a", "a", 0644).stream());
        driver.applyLayer(B, A, new LayerTar().file("b", "b", 0644).stream());
    }

    @Test
    void mountsTopLayerFirstWithUpperAndWork() {
        Path merged = driver.mount("web", List.of(A, B));
        Path container = storage.resolve("containers/web");

        assertEquals(List.of("mount(overlay," + merged + ",overlay,0,lowerdir=" + diff(B) + ":" + diff(A)
                + ",upperdir=" + container.resolve("upper") + ",workdir=" + container.resolve("work") + ")"),
                fake.calls("mount("));
        driver.mount("web", List.of(A, B));
        assertEquals(1, fake.calls("mount(").size(), "a mounted container is not mounted again");
    }

    @Test
    void busyUnmountFallsBackToDetach() {
        Path merged = driver.mount("web", List.of(A));
        fake.failWhen("umount2(" + merged + ",0)", Syscalls.EBUSY);

        driver.unmount("web");
        driver.unmount("web");
        assertEquals(List.of("umount2(" + merged + ",0)", "umount2(" + merged + "," + Syscalls.MNT_DETACH + ")"),
                fake.calls("umount2("));
        assertFalse(fake.isMountPoint(merged.toString()));
    }

    @Test
    void otherUnmountErrorsAreReportedAndNeverDetach() {
        Path merged = driver.mount("web", List.of(A));
        fake.failWhen("umount2(", Syscalls.EPERM);

        GantryException e = assertThrows(GantryException.class, () -> driver.remove("web"));
        assertTrue(e.getMessage().startsWith("cannot unmount the root file system of container web"), e.getMessage());
        assertEquals(1, fake.calls("umount2(").size());
        assertTrue(Files.isDirectory(merged), "a container that cannot be unmounted is not deleted");
    }

    @Test
    void failedMountOfANewContainerLeavesNothing() {
        fake.failWhen("mount(", Syscalls.EINVAL);
        assertThrows(GantryException.class, () -> driver.mount("web", List.of(A, B)));
        assertEquals(Set.of(), driver.containers());
        assertFalse(Files.exists(storage.resolve("containers/web")));
    }

    @Test
    void failedMountOfAnExistingContainerKeepsItsData() throws IOException {
        Path merged = driver.mount("web", List.of(A));
        Files.writeString(storage.resolve("containers/web/upper/data"), "kept");
        driver.unmount("web");
        fake.failWhen("mount(", Syscalls.EINVAL);

        assertThrows(GantryException.class, () -> driver.mount("web", List.of(A)));
        assertEquals("kept", Files.readString(storage.resolve("containers/web/upper/data")));
        assertFalse(fake.isMountPoint(merged.toString()));
    }

    @Test
    void containerWithoutLayersMountsAnEmptyLower() {
        driver.mount("scratch", List.of());
        Path container = storage.resolve("containers/scratch");
        assertTrue(fake.calls("mount(").get(0).contains("lowerdir=" + container.resolve("empty") + ","));
    }

    @Test
    void notSupportedOnOverlayfs() {
        assertTrue(driver.isSupported());
        fake.withFileSystemType(Syscalls.OVERLAYFS_SUPER_MAGIC);
        assertFalse(driver.isSupported());
    }

    @Test
    void removedLayerTakesItsShortLinkAlong() throws IOException {
        LowerDirs lowerDirs = new LowerDirs(storage.resolve("l"));
        String longOptions = lowerDirs.options(List.of(diffPath(A), diffPath(B)), storage, storage);
        assertTrue(longOptions.length() < LowerDirs.MAX_OPTIONS_LENGTH, "two layers fit without links");

        List<Path> many = Collections.nCopies(40, diffPath(A));
        String shortOptions = lowerDirs.options(many, storage, storage);
        Path link = lowerDirs.linkPath(diffPath(A).getParent());
        assertTrue(shortOptions.startsWith("lowerdir=" + link + ":" + link + ":"), shortOptions);
        assertEquals(diffPath(A), link.resolveSibling(Files.readSymbolicLink(link)).normalize());

        driver.removeLayer(B);
        driver.removeLayer(A);
        assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
    }

    private Path diffPath(String layerId) {
        return storage.resolve("layers").resolve(layerId.replace(':', '-')).resolve("diff");
    }

    private String diff(String layerId) {
        return diffPath(layerId).toString();
    }
}
