package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeDriver;
import io.gantry.api.volume.VolumeSpec;
import io.gantry.testkit.FolderContents;
import io.gantry.testkit.MountPoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link VolumeDriver} must have. A driver's test extends this class and makes a driver that
 * keeps all its files under the given directory; making another one on the same directory is how the suite
 * restarts the engine. Containers are only ids here. After each test every mount the suite made is ended and
 * every volume removed, and a mount left under the data root fails the test.
 */
public abstract class VolumeDriverConformanceTest {
    @TempDir
    protected Path dataRoot;
    @TempDir
    protected Path outside;
    protected VolumeDriver driver;
    private final Set<List<String>> mounted = new LinkedHashSet<>();

    /** A driver that keeps its files under {@code dataRoot}; called again on the same root for a restart. */
    protected abstract VolumeDriver createDriver(Path dataRoot);

    /**
     * Leaves under {@code dataRoot} what the driver would leave if the engine were killed (kill -9) in the middle of
     * creating the volume {@code name}, as late as the driver's create can be interrupted.
     */
    protected abstract void simulateInterruptedCreate(Path dataRoot, String name) throws IOException;

    /** Ends a driver the suite is done with, as its component's deactivation would; nothing by default. */
    protected void release(VolumeDriver driver) {
    }

    @BeforeEach
    void createDriverOnTempRoot() {
        driver = createDriver(dataRoot);
    }

    @AfterEach
    void unmountRemoveAndCheckMounts() throws Exception {
        for (List<String> use : mounted) {
            driver.unmount(use.get(0), use.get(1));
        }
        for (Volume volume : driver.list()) {
            driver.remove(volume.name());
        }
        release(driver);
        assertEquals(List.of(), MountPoints.detachAllUnder(dataRoot), "mounts left after every container unmounted");
    }

    @Test
    void hasAName() {
        assertFalse(driver.name().isBlank());
    }

    @Test
    void createdVolumesCanBeGotAndListed() {
        Volume created = driver.create(new VolumeSpec("my.vol-1_x", Map.of("team", "db"), Map.of()));
        driver.create(VolumeSpec.named("other"));

        assertEquals("my.vol-1_x", created.name());
        assertEquals(driver.name(), created.driver());
        assertEquals(Map.of("team", "db"), created.labels());
        assertTrue(created.createdAt() != null && !created.mountpoint().isBlank(), created.toString());
        assertEquals(created, driver.get("my.vol-1_x"));
        assertEquals(Set.of("my.vol-1_x", "other"), names(driver.list()));
    }

    @Test
    void creatingAnExistingNameAnswersItUnchanged() {
        Volume first = driver.create(new VolumeSpec("data", Map.of("a", "1"), Map.of()));
        Volume again = driver.create(new VolumeSpec("data", Map.of("b", "2"), Map.of()));

        assertEquals(first, again);
        assertEquals(List.of(first), driver.list());
    }

    @Test
    void invalidNamesAreRefusedNamingThemAndLeaveNothing() throws IOException {
        Set<Path> before = FolderContents.tree(dataRoot);
        String absolute = outside.resolve("abs").toString();
        for (String name : List.of("../escape", "a/b", absolute, "-dash")) {
            var refused = assertThrows(InvalidArgumentException.class, () -> driver.create(VolumeSpec.named(name)));
            assertTrue(refused.getMessage().contains(name), refused.getMessage());
        }
        for (String name : List.of("..", ".", "", "x", "a\nb", ".hidden", "a b")) {
            assertThrows(InvalidArgumentException.class, () -> driver.create(VolumeSpec.named(name)), name);
        }
        assertEquals(List.of(), driver.list());
        assertEquals(before, FolderContents.tree(dataRoot));
        assertEquals(Set.of(), FolderContents.names(outside));
    }

    /** Names that would lead to another driver's volume if the driver took them for paths. */
    @Test
    void namesThatLeadElsewhereNeverReachTheFileSystem() throws IOException {
        VolumeDriver other = createDriver(outside);
        try {
            Volume victim = other.create(VolumeSpec.named("victim"));
            Files.writeString(other.mount("victim", "owner").resolve("precious"), "keep");
            other.unmount("victim", "owner");
            Path data = Path.of(victim.mountpoint());
            for (Path target : List.of(data, data.getParent())) {
                for (String name : namesLeadingTo(target)) {
                    assertThrows(GantryException.class, () -> driver.get(name), name);
                    assertThrows(GantryException.class, () -> driver.mount(name, "c1"), name);
                    driver.unmount(name, "c1");
                    assertThrows(GantryException.class, () -> driver.remove(name), name);
                }
            }
            assertEquals("keep", Files.readString(other.mount("victim", "owner").resolve("precious")));
            other.unmount("victim", "owner");
            other.remove("victim");
        } finally {
            release(other);
        }
    }

    private List<String> namesLeadingTo(Path target) {
        List<String> names = new ArrayList<>(List.of(target.toString()));
        for (Path from = dataRoot.resolve("a/b/c"); from.startsWith(dataRoot); from = from.getParent()) {
            names.add(from.relativize(target).toString());
        }
        return names;
    }

    @Test
    void unknownOptionsAreRefusedNamingThem() {
        var refused = assertThrows(InvalidArgumentException.class, () -> driver.create(
                new VolumeSpec("opts", Map.of(), Map.of("conformance-unknown-option", "1"))));

        assertTrue(refused.getMessage().contains("conformance-unknown-option"), refused.getMessage());
        assertEquals(List.of(), driver.list());
        assertThrows(NotFoundException.class, () -> driver.get("opts"));
    }

    @Test
    void mountedDataPersistsAcrossUnmountMountAndRestart() throws IOException {
        driver.create(VolumeSpec.named("data"));
        Path folder = mount("data", "c1");
        assertTrue(Files.isDirectory(folder), folder.toString());
        Files.writeString(Files.createDirectories(folder.resolve("sub")).resolve("file"), "kept");
        driver.unmount("data", "c1");

        assertEquals("kept", Files.readString(mount("data", "c1").resolve("sub/file")));
        driver.unmount("data", "c1");
        restart();
        assertEquals("kept", Files.readString(mount("data", "c2").resolve("sub/file")));
    }

    @Test
    void twoContainersShareAMountedVolume() throws IOException {
        driver.create(VolumeSpec.named("shared"));
        Path first = mount("shared", "c1");
        Path second = mount("shared", "c2");
        Files.writeString(first.resolve("from-c1"), "1");

        assertEquals("1", Files.readString(second.resolve("from-c1")));
        driver.unmount("shared", "c1");
        Files.writeString(second.resolve("from-c2"), "2");
        assertEquals(Set.of("from-c1", "from-c2"), FolderContents.names(second));
        assertThrows(ConflictException.class, () -> driver.remove("shared"), "c2 still has it mounted");
        driver.unmount("shared", "c2");
        driver.remove("shared");
    }

    @Test
    void mountingTwiceForOneContainerIsOnce() {
        driver.create(VolumeSpec.named("twice"));
        assertEquals(mount("twice", "c1"), mount("twice", "c1"));
        driver.unmount("twice", "c1");

        driver.remove("twice");
        assertThrows(NotFoundException.class, () -> driver.get("twice"));
    }

    @Test
    void unmountIsIdempotentAndANoOpForWhatIsNotThere() {
        driver.create(VolumeSpec.named("data"));
        mount("data", "c1");
        driver.unmount("data", "c1");
        driver.unmount("data", "c1");
        driver.unmount("data", "never-mounted");
        driver.unmount("no-such-volume", "c1");

        driver.remove("data");
        driver.unmount("data", "c1");
        assertEquals(List.of(), driver.list());
    }

    @Test
    void removeIsRefusedWhileMountedAndDeletesTheDataOtherwise() throws IOException {
        driver.create(VolumeSpec.named("busy"));
        Path folder = mount("busy", "c1");
        Files.writeString(folder.resolve("file"), "data");

        assertThrows(ConflictException.class, () -> driver.remove("busy"));
        assertEquals("data", Files.readString(folder.resolve("file")));
        assertEquals(Set.of("busy"), names(driver.list()));
        driver.unmount("busy", "c1");
        driver.remove("busy");

        assertThrows(NotFoundException.class, () -> driver.get("busy"));
        assertEquals(List.of(), driver.list());
        assertFalse(Files.exists(folder), "the data is deleted");
        driver.create(VolumeSpec.named("busy"));
        assertEquals(Set.of(), FolderContents.names(mount("busy", "c2")), "a volume made again under the name starts empty");
    }

    @Test
    void unknownVolumesAreNotFound() {
        for (var call : List.<Runnable>of(() -> driver.get("nothing"), () -> driver.mount("nothing", "c1"),
                () -> driver.remove("nothing"))) {
            var missing = assertThrows(NotFoundException.class, call::run);
            assertTrue(missing.getMessage().contains("nothing"), missing.getMessage());
        }
        assertEquals(List.of(), driver.list());
    }

    @Test
    void sizeCountsTheWrittenBytesWithoutFollowingLinks() throws IOException {
        driver.create(VolumeSpec.named("sized"));
        Path folder = mount("sized", "c1");
        assertEquals(0, driver.size("sized"));
        Files.write(folder.resolve("a"), new byte[1000]);
        Files.write(Files.createDirectories(folder.resolve("x/y")).resolve("b"), new byte[24]);
        Path big = Files.write(outside.resolve("big"), new byte[100_000]);
        Files.createSymbolicLink(folder.resolve("link"), big);

        long size = driver.size("sized");
        assertTrue(size >= 1024 && size < 1024 + 100_000, "size " + size);
    }

    @Test
    void aRestartedDriverKnowsTheSameVolumes() {
        Volume labelled = driver.create(new VolumeSpec("labelled", Map.of("k", "v"), Map.of()));
        Volume plain = driver.create(VolumeSpec.named("plain"));
        restart();

        assertEquals(Set.of("labelled", "plain"), names(driver.list()));
        assertEquals(labelled, driver.get("labelled"));
        assertEquals(plain, driver.get("plain"));
        assertEquals(labelled, driver.create(VolumeSpec.named("labelled")));
    }

    @Test
    void aRestartedDriverKnowsWhichContainersHaveAVolumeMounted() {
        driver.create(VolumeSpec.named("held"));
        mount("held", "c1");
        restart();

        assertThrows(ConflictException.class, () -> driver.remove("held"));
        driver.unmount("held", "c1");
        driver.remove("held");
        assertEquals(List.of(), driver.list());
    }

    @Test
    void anInterruptedCreateIsNeverListedAndCanBeDoneAgain() throws IOException {
        driver.create(VolumeSpec.named("whole"));
        simulateInterruptedCreate(dataRoot, "half");
        assertEquals(Set.of("whole"), names(driver.list()));
        restart();

        assertEquals(Set.of("whole"), names(driver.list()));
        assertThrows(NotFoundException.class, () -> driver.get("half"));
        Volume again = driver.create(new VolumeSpec("half", Map.of("try", "2"), Map.of()));
        assertEquals(Map.of("try", "2"), again.labels());
        assertEquals(Set.of(), FolderContents.names(mount("half", "c1")));
        assertEquals(Set.of("whole", "half"), names(driver.list()));
    }

    /** Mounts through the driver and remembers it, so that the suite ends the mount after the test. */
    protected Path mount(String name, String containerId) {
        Path folder = driver.mount(name, containerId);
        mounted.add(List.of(name, containerId));
        return folder;
    }

    /** A new driver on the same data root, as after an engine crash or a bundle update. */
    protected void restart() {
        release(driver);
        driver = createDriver(dataRoot);
    }

    protected static Set<String> names(List<Volume> volumes) {
        return volumes.stream().map(Volume::name).collect(Collectors.toSet());
    }
}
