package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.natives.Syscalls;
import io.gantry.testkit.LayerTar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a well-formed layer leaves on disk, with the real syscalls as root. */
class LayerContentTest extends ExtractionFixture {

    @Test
    void createsDeviceNodesAndFifos() throws IOException {
        extract(new LayerTar().characterDevice("dev/null", 1, 3, 0666).blockDevice("dev/loop0", 7, 0, 0660)
                .fifo("run/pipe", 0600), Whiteouts.APPLY);

        assertEquals(Syscalls.S_IFCHR | 0666, unix(layer.resolve("dev/null"), "mode"));
        assertEquals(Syscalls.makedev(1, 3), Files.getAttribute(layer.resolve("dev/null"), "unix:rdev"));
        assertEquals(Syscalls.S_IFBLK | 0660, unix(layer.resolve("dev/loop0"), "mode"));
        assertEquals(Syscalls.S_IFIFO | 0600, unix(layer.resolve("run/pipe"), "mode"));
    }

    @Test
    void keepsSetuidSetgidAndStickyBits() throws IOException {
        extract(new LayerTar().directory("tmp", 01777).directory("shared", 02775).file("bin/su", "elf", 04755),
                Whiteouts.APPLY);

        assertEquals(01777, unix(layer.resolve("tmp"), "mode") & 07777);
        assertEquals(02775, unix(layer.resolve("shared"), "mode") & 07777);
        assertEquals(04755, unix(layer.resolve("bin/su"), "mode") & 07777);
        assertEquals(0755, unix(layer.resolve("bin"), "mode") & 07777, "an implied parent is 0755");
    }

    @Test
    void keepsOwnershipWithoutFollowingSymlinks() throws IOException {
        extract(new LayerTar().ownedBy(1000, 1001).file("home/user/file", "x", 0640).ownedBy(7, 8)
                .symlink("home/user/link", "file"), Whiteouts.APPLY);

        Path file = layer.resolve("home/user/file");
        assertEquals(1000, unix(file, "uid"));
        assertEquals(1001, unix(file, "gid"));
        assertEquals(7, unix(layer.resolve("home/user/link"), "uid"));
        assertEquals(0, unix(layer.resolve("home/user"), "uid"), "an implied parent belongs to root");
    }

    @Test
    void keepsModificationTimes() throws IOException {
        Instant time = Instant.parse("2020-05-06T07:08:09Z");
        extract(new LayerTar().modifiedAt(time).directory("d", 0755).file("d/f", "x", 0644), Whiteouts.APPLY);
        assertEquals(time, Files.getLastModifiedTime(layer.resolve("d/f")).toInstant());
        assertEquals(time, Files.getLastModifiedTime(layer.resolve("d")).toInstant());
    }

    @Test
    void hardlinkInsideTheLayerSharesTheInode() throws IOException {
        extract(new LayerTar().file("bin/a", "same", 0755).hardlink("bin/b", "bin/a"), Whiteouts.APPLY);
        assertEquals(Files.getAttribute(layer.resolve("bin/a"), "unix:ino"),
                Files.getAttribute(layer.resolve("bin/b"), "unix:ino"));
        assertEquals(2, unix(layer.resolve("bin/a"), "nlink"));
    }

    @Test
    void overlayWhiteoutBecomesACharacterDevice() throws IOException {
        extract(new LayerTar().whiteout("etc", "motd"), Whiteouts.OVERLAY);

        Path whiteout = layer.resolve("etc/motd");
        assertEquals(Syscalls.S_IFCHR, unix(whiteout, "mode") & 0170000);
        assertEquals(0L, Files.getAttribute(whiteout, "unix:rdev", LinkOption.NOFOLLOW_LINKS));
        assertEquals(Set.of("motd"), names(layer.resolve("etc")));
    }

    @Test
    void appliedWhiteoutDeletesTheLowerFile() throws IOException {
        Files.createDirectories(layer.resolve("etc/motd.d"));
        Files.writeString(layer.resolve("etc/motd.d/a"), "lower");
        Files.writeString(layer.resolve("etc/keep"), "lower");

        extract(new LayerTar().whiteout("etc", "motd.d").whiteout("etc", "absent"), Whiteouts.APPLY);
        assertEquals(Set.of("keep"), names(layer.resolve("etc")));
    }

    @Test
    void overlayOpaqueMarkerSetsTheXattr() throws IOException {
        extract(new LayerTar().directory("opt", 0755).opaque("opt").file("opt/new", "n", 0644), Whiteouts.OVERLAY);
        assertArrayEquals(new byte[] {'y'}, SYSCALLS.lgetxattr(layer.resolve("opt").toString(),
                "trusted.overlay.opaque"));
        assertEquals(Set.of("new"), names(layer.resolve("opt")));
    }

    @Test
    void appliedOpaqueMarkerKeepsOnlyWhatThisLayerAdds() throws IOException {
        Files.createDirectories(layer.resolve("opt/sub"));
        Files.writeString(layer.resolve("opt/old"), "lower");
        Files.writeString(layer.resolve("opt/sub/deep"), "lower");

        extract(new LayerTar().file("opt/before", "b", 0644).directory("opt/sub", 0755).opaque("opt")
                .file("opt/after", "a", 0644), Whiteouts.APPLY);
        assertEquals(Set.of("before", "sub", "after"), names(layer.resolve("opt")));
        assertEquals(Set.of(), names(layer.resolve("opt/sub")));
    }

    @Test
    void streamsLargeFilesAndKeepsHoles() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        content[5] = 1;
        content[content.length - 1] = 2;
        ExtractSummary summary = extract(new LayerTar().file("big", content, 0644).file("zeros", new byte[200_000], 0644),
                Whiteouts.APPLY);

        assertArrayEquals(content, Files.readAllBytes(layer.resolve("big")));
        assertEquals(200_000, Files.size(layer.resolve("zeros")));
        assertEquals(new ExtractSummary(2, content.length + 200_000L), summary);
    }

    @Test
    void replacesLowerEntriesOfAnotherType() throws IOException {
        Files.createDirectories(layer.resolve("x/inner"));
        Files.writeString(layer.resolve("y"), "file");
        extract(new LayerTar().file("x", "now a file", 0644).directory("y", 0700), Whiteouts.APPLY);
        assertEquals("now a file", Files.readString(layer.resolve("x")));
        assertTrue(Files.isDirectory(layer.resolve("y")));
        assertFalse(Files.exists(layer.resolve("x/inner")));
    }

    private static Set<String> names(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.map(child -> child.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
