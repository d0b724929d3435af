package io.gantry.volume.local.internal;

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
import io.gantry.natives.Syscalls;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.testkit.Await;
import io.gantry.testkit.FolderContents;
import io.gantry.testkit.MountPoints;
import io.gantry.testkit.TestRoots;
import io.gantry.testkit.conformance.VolumeDriverConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conformance suite on the real kernel (as root), plus the layout, the options and real mounts. */
class LocalVolumeDriverTest extends VolumeDriverConformanceTest {
    private static final Syscalls SYSCALLS = new LibcSyscalls();
    private static final long MIB = 1024 * 1024;

    @Override
    protected VolumeDriver createDriver(Path dataRoot) {
        return new LocalVolumeDriver(SYSCALLS, TestRoots.of(dataRoot, dataRoot.resolve("run")));
    }

    /** A create killed just before its rename: the staged folder is complete, and has no name yet. */
    @Override
    protected void simulateInterruptedCreate(Path dataRoot, String name) throws IOException {
        Path staged = Files.createDirectories(dataRoot.resolve("volumes/.create-4711/_data")).getParent();
        Files.writeString(staged.resolve("opts.json"), "{\"createdAt\":\"2024-05-01T10:00:00Z\"}");
    }

    @Override
    protected void release(VolumeDriver driver) {
        ((LocalVolumeDriver) driver).deactivate();
    }

    @Test
    void isNamedLocal() {
        assertEquals("local", driver.name());
    }

    @Test
    void keepsTheDataAndTheOptionsAsDockerLaysThemOut() throws IOException {
        Map<String, String> tmpfs = Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=1m");
        Volume volume = driver.create(new VolumeSpec("db", Map.of("team", "a"), tmpfs));

        Path folder = dataRoot.resolve("volumes/db");
        assertEquals(folder.resolve("_data").toString(), volume.mountpoint());
        assertEquals(Set.of("db"), FolderContents.names(dataRoot.resolve("volumes")));
        assertEquals(Set.of("_data", "opts.json"), FolderContents.names(folder));
        String opts = Files.readString(folder.resolve("opts.json"));
        assertTrue(opts.contains("\"labels\":{\"team\":\"a\"}") && opts.contains("\"o\":\"size=1m\"")
                && opts.contains("\"createdAt\":\"" + volume.createdAt() + "\""), opts);
        assertEquals(tmpfs, volume.options());
        assertFalse(SYSCALLS.isMountPoint(volume.mountpoint()), "mounted only when a container mounts it");
    }

    @Test
    void aTmpfsVolumeIsMountedOnceWhileContainersUseIt() throws IOException {
        driver.create(new VolumeSpec("fast", Map.of(), Map.of("type", "tmpfs", "device", "tmpfs",
                "o", "size=64m,uid=1000")));
        Path data = mount("fast", "c1");
        assertEquals(data, mount("fast", "c2"));

        assertEquals(List.of(data), MountPoints.under(dataRoot));
        assertEquals("tmpfs", Files.getFileStore(data).type());
        assertEquals(64 * MIB, Files.getFileStore(data).getTotalSpace());
        assertEquals(1000, Files.getAttribute(data, "unix:uid"));
        Files.writeString(data.resolve("f"), "x");
        driver.unmount("fast", "c1");
        assertEquals("x", Files.readString(data.resolve("f")), "still mounted for c2");
        driver.unmount("fast", "c2");
        assertEquals(List.of(), MountPoints.under(dataRoot));
        assertEquals(Set.of(), FolderContents.names(data), "a tmpfs volume's data goes with its mount");
    }

    @Test
    void sizeLimitsATmpfsVolume() throws IOException {
        driver.create(new VolumeSpec("small", Map.of(), Map.of("type", "tmpfs", "device", "tmpfs", "size", "1m")));
        Path data = mount("small", "c1");

        assertEquals(MIB, Files.getFileStore(data).getTotalSpace());
        assertThrows(IOException.class, () -> Files.write(data.resolve("big"), new byte[(int) (2 * MIB)]));
    }

    @Test
    void aBindVolumeShowsItsDeviceAndRemoveLeavesTheDevice() throws IOException {
        Path device = Files.createDirectory(outside.resolve("srv"));
        Files.writeString(device.resolve("host-file"), "host");
        driver.create(new VolumeSpec("bound", Map.of(), Map.of("type", "none", "o", "bind", "device", device.toString())));
        Path data = mount("bound", "c1");

        assertEquals("host", Files.readString(data.resolve("host-file")));
        Files.writeString(data.resolve("container-file"), "c1");
        driver.unmount("bound", "c1");
        assertEquals(Set.of(), FolderContents.names(data));
        driver.remove("bound");
        assertEquals(Set.of("host-file", "container-file"), FolderContents.names(device));
    }

    @Test
    void aReadOnlyBindVolumeCannotBeWritten() throws IOException {
        Path device = Files.createDirectory(outside.resolve("ro"));
        driver.create(new VolumeSpec("ro", Map.of(), Map.of("type", "none", "o", "bind,ro", "device", device.toString())));
        Path data = mount("ro", "c1");

        var refused = assertThrows(IOException.class, () -> Files.writeString(data.resolve("f"), "x"));
        assertTrue(refused.getMessage().contains("Read-only file system"), refused.getMessage());
        assertEquals(Set.of(), FolderContents.names(device));
    }

    @Test
    void refusedOptionsLeaveNoVolume() throws IOException {
        var before = FolderContents.tree(dataRoot);
        var unknown = assertThrows(InvalidArgumentException.class, () -> driver.create(
                new VolumeSpec("vol", Map.of(), Map.of("type", "tmpfs", "device", "tmpfs", "x", "1"))));
        var noDevice = assertThrows(InvalidArgumentException.class, () -> driver.create(
                new VolumeSpec("vol", Map.of(), Map.of("type", "tmpfs"))));

        assertEquals("invalid option key: \"x\"", unknown.getMessage());
        assertEquals("missing required option: \"device\"", noDevice.getMessage());
        assertEquals(before, FolderContents.tree(dataRoot));
        driver.create(VolumeSpec.named("vol"));
        assertThrows(InvalidArgumentException.class, () -> driver.create(
                new VolumeSpec("vol", Map.of(), Map.of("size", "1g"))), "refused even for a volume that exists");
    }

    @Test
    void aFailedMountRecordsNoUser() {
        String missing = outside.resolve("missing").toString();
        driver.create(new VolumeSpec("broken", Map.of(), Map.of("type", "none", "o", "bind", "device", missing)));

        var failed = assertThrows(GantryException.class, () -> driver.mount("broken", "c1"));
        assertTrue(failed.getMessage().startsWith("failed to mount local volume broken: "), failed.getMessage());
        driver.remove("broken");
    }

    @Test
    void aNewInstanceEndsTheMountOfAContainerThatDied() {
        driver.create(new VolumeSpec("tmp", Map.of(), Map.of("type", "tmpfs", "device", "tmpfs")));
        Path data = mount("tmp", "dead");
        Path record = dataRoot.resolve("run/volumes/tmp/mounted-by.json");
        assertTrue(Files.exists(record));
        driver = createDriver(dataRoot);

        mount("tmp", "alive");
        assertEquals(List.of(data), MountPoints.under(dataRoot));
        assertThrows(ConflictException.class, () -> driver.remove("tmp"));
        driver.unmount("tmp", "dead");
        assertEquals(List.of(data), MountPoints.under(dataRoot), "still mounted for the other container");
        driver.unmount("tmp", "alive");
        assertEquals(List.of(), MountPoints.under(dataRoot));
        assertFalse(Files.exists(record.getParent()));
    }

    @Test
    void whatInterruptedCreatesAndRemovesLeftIsDeletedAtStart() throws IOException {
        driver.create(VolumeSpec.named("kept"));
        simulateInterruptedCreate(dataRoot, "half");
        Path volumes = dataRoot.resolve("volumes");
        Files.writeString(Files.createDirectories(volumes.resolve(".remove-12/old/_data")).resolve("f"), "x");
        Files.createDirectory(volumes.resolve("lost+found"));
        restart();

        Await.until("leftovers deleted", () -> Files.notExists(volumes.resolve(".create-4711"))
                && Files.notExists(volumes.resolve(".remove-12")));
        assertEquals(Set.of("kept", "lost+found"), FolderContents.names(volumes));
    }

    @Test
    void removeNeverDeletesThroughAMountItDidNotMake() throws IOException {
        Path device = Files.createDirectory(outside.resolve("precious"));
        Files.writeString(device.resolve("f"), "keep");
        Volume plain = driver.create(VolumeSpec.named("plain"));
        SYSCALLS.mount(device.toString(), plain.mountpoint(), null, Syscalls.MS_BIND, null);

        driver.remove("plain");
        assertEquals("keep", Files.readString(device.resolve("f")));
        assertEquals(List.of(), MountPoints.under(dataRoot));
    }

    @Test
    void aSymlinkInTheVolumesFolderIsNoVolume() throws IOException {
        driver.create(VolumeSpec.named("real"));
        Path elsewhere = Files.createDirectories(outside.resolve("fake/_data")).getParent();
        Files.writeString(elsewhere.resolve("opts.json"), "{\"createdAt\":\"2024-05-01T10:00:00Z\"}");
        Path link = Files.createSymbolicLink(dataRoot.resolve("volumes/evil"), elsewhere);

        assertEquals(Set.of("real"), names(driver.list()));
        assertThrows(NotFoundException.class, () -> driver.get("evil"));
        assertThrows(NotFoundException.class, () -> driver.remove("evil"));
        assertEquals(Set.of("_data", "opts.json"), FolderContents.names(elsewhere));
        Files.delete(link);
    }

    @Test
    void theLongestNameWorks() {
        String name = "n".repeat(255);
        driver.create(VolumeSpec.named(name));
        mount(name, "c1");

        assertThrows(ConflictException.class, () -> driver.remove(name));
        driver.unmount(name, "c1");
        driver.remove(name);
        assertEquals(List.of(), driver.list());
    }
}
