package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.api.storage.StorageDriver;
import io.gantry.testkit.BusyboxRootfs;
import io.gantry.testkit.FolderContents;
import io.gantry.testkit.LayerIds;
import io.gantry.testkit.LayerTar;
import io.gantry.testkit.MountPoints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link StorageDriver} must have. A driver's test extends this class and makes a driver
 * whose data root is the given directory. Drivers that mount need root. After each test every container is
 * removed, and a mount left under the data root fails the test.
 */
public abstract class StorageDriverConformanceTest {
    protected static final String BASE = LayerIds.of("base");
    protected static final String CHILD = LayerIds.of("child");
    private static final byte[] BUSYBOX_TAR = BusyboxRootfs.fromHost().tar();

    @TempDir
    protected Path dataRoot;
    @TempDir
    protected Path outside;
    protected StorageDriver driver;

    /** A driver that keeps its files under {@code dataRoot}. */
    protected abstract StorageDriver createDriver(Path dataRoot);

    @BeforeEach
    void createDriverOnTempRoot() {
        driver = createDriver(dataRoot);
    }

    @AfterEach
    void removeContainersAndCheckMounts() throws Exception {
        for (String container : driver.containers()) {
            driver.remove(container);
        }
        assertEquals(List.of(), MountPoints.detachAllUnder(dataRoot), "mounts left after removing every container");
    }

    @Test
    void hasANameAndWorksOnThisHost() {
        assertFalse(driver.name().isBlank());
        assertTrue(driver.isSupported(), driver.name() + " says it is not supported here");
    }

    @Test
    void layersApplyAndStack() throws IOException {
        applyBase();
        driver.applyLayer(CHILD, BASE, new LayerTar().file("etc/child.txt", "from child", 0644)
                .file("bin/busybox-note", "note", 0600).stream());

        assertTrue(driver.hasLayer(BASE) && driver.hasLayer(CHILD));
        assertEquals(Set.of(BASE, CHILD), driver.layers());
        Path rootfs = driver.mount("c1", List.of(BASE, CHILD));
        assertEquals(Files.size(BusyboxRootfs.HOST_BUSYBOX), Files.size(rootfs.resolve("bin/busybox")));
        assertEquals(Path.of("busybox"), Files.readSymbolicLink(rootfs.resolve("bin/sh")));
        assertTrue(Files.readString(rootfs.resolve("etc/passwd")).startsWith("root:x:0:0:"));
        assertEquals("from child", Files.readString(rootfs.resolve("etc/child.txt")));
        assertEquals(01777, mode(rootfs.resolve("tmp")));
    }

    @Test
    void whiteoutsHideLowerFiles() throws IOException {
        driver.applyLayer(BASE, null, new LayerTar().file("etc/motd", "hello", 0644).file("etc/keep", "k", 0644)
                .file("opt/a", "a", 0644).file("opt/sub/b", "b", 0644).stream());
        driver.applyLayer(CHILD, BASE, new LayerTar().whiteout("etc", "motd").file("opt/new", "n", 0644)
                .opaque("opt").stream());

        Path rootfs = driver.mount("c1", List.of(BASE, CHILD));
        assertFalse(Files.exists(rootfs.resolve("etc/motd"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("k", Files.readString(rootfs.resolve("etc/keep")));
        assertEquals(Set.of("new"), names(rootfs.resolve("opt")));
        assertEquals(Set.of("keep"), names(rootfs.resolve("etc")));
    }

    @Test
    void writesSurviveUnmountAndMount() throws IOException {
        applyBase();
        Path rootfs = driver.mount("c1", List.of(BASE));
        Files.writeString(rootfs.resolve("root/state"), "kept");
        Files.delete(rootfs.resolve("etc/group"));
        driver.unmount("c1");
        driver.unmount("c1");

        Path again = driver.mount("c1", List.of(BASE));
        assertEquals("kept", Files.readString(again.resolve("root/state")));
        assertFalse(Files.exists(again.resolve("etc/group")));
        assertEquals(again, driver.mount("c1", List.of(BASE)), "mount is idempotent");
    }

    @Test
    void containersDoNotSeeEachOthersWrites() throws IOException {
        applyBase();
        Path first = driver.mount("c1", List.of(BASE));
        Path second = driver.mount("c2", List.of(BASE));
        Files.writeString(first.resolve("tmp/mine"), "c1");
        Files.delete(first.resolve("etc/passwd"));

        assertFalse(Files.exists(second.resolve("tmp/mine")));
        assertTrue(Files.exists(second.resolve("etc/passwd")));
        assertEquals(Set.of("c1", "c2"), driver.containers());
        driver.remove("c1");
        Path fresh = driver.mount("c3", List.of(BASE));
        assertTrue(Files.exists(fresh.resolve("etc/passwd")), "a container's delete never reaches the layer");
    }

    @Test
    void removeLeavesNoMountAndNoDirectory() throws IOException {
        applyBase();
        String container = "conformance-remove";
        Path rootfs = driver.mount(container, List.of(BASE));
        Files.writeString(rootfs.resolve("tmp/data"), "x");
        driver.remove(container);
        driver.remove(container);

        assertEquals(List.of(), MountPoints.under(dataRoot));
        assertFalse(Files.exists(rootfs, LinkOption.NOFOLLOW_LINKS));
        assertEquals(Set.of(), driver.containers());
        assertEquals(List.of(), pathsNamed(container));
    }

    @Test
    void hostileLayerFailsAndLeavesNothing() throws IOException {
        applyBase();
        Set<Path> before = tree(dataRoot);
        String escape = "../".repeat(30) + outside.toString().substring(1) + "/dotdot";
        LayerTar dotDot = new LayerTar().file("fine", "ok", 0644).file(escape, "owned", 0644);
        LayerTar throughSymlink = new LayerTar().symlink("evil", outside.toString()).file("evil/passwd", "owned", 0644);

        assertThrows(InvalidArgumentException.class, () -> driver.applyLayer(CHILD, BASE, dotDot.stream()));
        assertThrows(InvalidArgumentException.class, () -> driver.applyLayer(CHILD, BASE, throughSymlink.stream()));
        assertFalse(driver.hasLayer(CHILD));
        assertEquals(Set.of(BASE), driver.layers());
        assertEquals(before, tree(dataRoot), "files left behind by failed layers");
        assertEquals(Set.of(), names(outside));
    }

    @Test
    void removeLayerInUseIsConflict() {
        applyBase();
        driver.applyLayer(CHILD, BASE, new LayerTar().file("x", "x", 0644).stream());
        driver.mount("c1", List.of(BASE, CHILD));

        assertThrows(ConflictException.class, () -> driver.removeLayer(CHILD));
        assertThrows(ConflictException.class, () -> driver.removeLayer(BASE));
        driver.remove("c1");
        assertThrows(ConflictException.class, () -> driver.removeLayer(BASE));
        driver.removeLayer(CHILD);
        driver.removeLayer(BASE);
        assertEquals(Set.of(), driver.layers());
        assertFalse(driver.hasLayer(BASE));
    }

    @Test
    void invalidIdsAreRejectedAndLeaveNothing() throws IOException {
        Set<Path> before = tree(dataRoot);
        assertThrows(InvalidArgumentException.class, () -> driver.applyLayer("../x", null, emptyTar()));
        assertThrows(InvalidArgumentException.class, () -> driver.applyLayer("sha256:ABC", null, emptyTar()));
        assertThrows(InvalidArgumentException.class, () -> driver.mount("../c", List.of()));
        assertThrows(InvalidArgumentException.class, () -> driver.mount("c/1", List.of()));
        assertEquals(before, tree(dataRoot));
    }

    @Test
    void unknownLayersAreNotFound() throws IOException {
        Set<Path> before = tree(dataRoot);
        assertThrows(NotFoundException.class, () -> driver.applyLayer(CHILD, BASE, emptyTar()));
        assertThrows(NotFoundException.class, () -> driver.mount("c1", List.of(BASE)));
        assertThrows(NotFoundException.class, () -> driver.removeLayer(BASE));
        assertEquals(Set.of(), driver.containers());
        assertEquals(before, tree(dataRoot));
    }

    @Test
    void changesListWhatTheContainerAddedModifiedAndDeleted() throws IOException {
        driver.applyLayer(BASE, null, new LayerTar().file("etc/passwd", "root", 0644).file("etc/group", "g", 0644)
                .file("etc/motd", "hi", 0644).file("opt/sub/b", "b", 0644).file("opt/keep", "k", 0644)
                .directory("srv", 0755).directory("tmp", 01777).stream());
        driver.applyLayer(CHILD, BASE, new LayerTar().whiteout("etc", "motd").file("etc/child", "c", 0644).stream());
        Path rootfs = driver.mount("c1", List.of(BASE, CHILD));
        driver.mount("untouched", List.of(BASE, CHILD));
        Files.writeString(rootfs.resolve("etc/passwd"), "\nmore", StandardOpenOption.APPEND);
        Files.delete(rootfs.resolve("etc/group"));
        Files.writeString(rootfs.resolve("etc/motd"), "back again");
        Files.writeString(Files.createDirectories(rootfs.resolve("tmp/new")).resolve("file"), "f");
        Files.delete(rootfs.resolve("opt/sub/b"));
        Files.delete(rootfs.resolve("opt/sub"));
        Files.writeString(Files.createDirectory(rootfs.resolve("opt/sub")).resolve("c"), "c");
        Files.setPosixFilePermissions(rootfs.resolve("srv"), PosixFilePermissions.fromString("rwx------"));
        driver.unmount("c1");

        assertEquals(List.of(modified("/etc"), deleted("/etc/group"), added("/etc/motd"), modified("/etc/passwd"),
                modified("/opt"), modified("/opt/sub"), deleted("/opt/sub/b"), added("/opt/sub/c"), modified("/srv"),
                modified("/tmp"), added("/tmp/new"), added("/tmp/new/file")), driver.changes("c1", List.of(BASE, CHILD)));
        assertEquals(List.of(), driver.changes("untouched", List.of(BASE, CHILD)));
        assertThrows(ConflictException.class, () -> driver.changes("c1", List.of(BASE)));
        assertThrows(NotFoundException.class, () -> driver.changes("never-mounted", List.of(BASE)));
    }

    @Test
    void changesSeeTheLayersMergedWithTheirWhiteouts() throws IOException {
        driver.applyLayer(BASE, null, new LayerTar().file("opt/a", "a", 0644).file("opt/sub/b", "b", 0644)
                .file("etc/gone/x", "x", 0644).stream());
        driver.applyLayer(CHILD, BASE, new LayerTar().opaque("opt").file("opt/new", "n", 0644)
                .whiteout("etc", "gone").stream());
        Path rootfs = driver.mount("c1", List.of(BASE, CHILD));
        Files.writeString(rootfs.resolve("opt/a"), "a");
        Files.writeString(rootfs.resolve("opt/new"), "changed");
        Files.writeString(Files.createDirectories(rootfs.resolve("etc/gone")).resolve("x"), "x");

        assertEquals(List.of(modified("/etc"), added("/etc/gone"), added("/etc/gone/x"), modified("/opt"),
                added("/opt/a"), modified("/opt/new")), driver.changes("c1", List.of(BASE, CHILD)));
    }

    @Test
    void applyingAnExistingLayerIsConflict() {
        applyBase();
        assertThrows(ConflictException.class, () -> driver.applyLayer(BASE, null, emptyTar()));
        assertTrue(driver.hasLayer(BASE));
    }

    private static FileChange added(String path) {
        return new FileChange(path, FileChange.Kind.ADDED);
    }

    private static FileChange modified(String path) {
        return new FileChange(path, FileChange.Kind.MODIFIED);
    }

    private static FileChange deleted(String path) {
        return new FileChange(path, FileChange.Kind.DELETED);
    }

    protected void applyBase() {
        driver.applyLayer(BASE, null, new ByteArrayInputStream(BUSYBOX_TAR));
    }

    protected static ByteArrayInputStream emptyTar() {
        return new ByteArrayInputStream(new LayerTar().bytes());
    }

    protected static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    protected static Set<String> names(Path directory) throws IOException {
        return FolderContents.names(directory);
    }

    /** Every path under {@code root}, without following symlinks. */
    protected static Set<Path> tree(Path root) throws IOException {
        return FolderContents.tree(root);
    }

    private List<Path> pathsNamed(String name) throws IOException {
        try (Stream<Path> paths = Files.walk(dataRoot)) {
            return paths.filter(path -> path.getFileName().toString().contains(name)).toList();
        }
    }
}
