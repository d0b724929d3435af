package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.testkit.LayerTar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Layer tars that try to write outside the layer directory. */
class HostileLayerTest extends ExtractionFixture {

    @Test
    void dotDotEntryIsRefused() {
        LayerTar tar = new LayerTar().file("ok", "fine", 0644).file("../outside/sentinel", "owned", 0644);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
        assertEquals("layer entry '../outside/sentinel' escapes the layer", e.getMessage());
    }

    @Test
    void dotDotInsideAnEntryIsRefused() {
        LayerTar tar = new LayerTar().directory("a", 0755).file("a/../../outside/new", "owned", 0644);
        assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.OVERLAY));
        assertFalse(Files.exists(outside.resolve("new")));
    }

    @Test
    void absoluteEntryLandsInsideTheLayer() throws IOException {
        String absolute = outside.resolve("sentinel").toString();
        extract(new LayerTar().file(absolute, "inside", 0644), Whiteouts.APPLY);
        assertEquals("inside", Files.readString(layer.resolve(absolute.substring(1))));
    }

    @Test
    void entryThroughASymlinkedParentIsRefused() {
        LayerTar tar = new LayerTar().symlink("a", outside.toString()).file("a/sentinel", "owned", 0644);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
        assertEquals("layer entry 'a/sentinel' goes through the symlink 'a'", e.getMessage());
        assertTrue(Files.isSymbolicLink(layer.resolve("a")));
    }

    @Test
    void directoryThroughASymlinkedParentIsRefused() {
        LayerTar tar = new LayerTar().symlink("a", outside.toString()).directory("a/sub", 0755);
        assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.OVERLAY));
        assertFalse(Files.exists(outside.resolve("sub")));
    }

    @Test
    void fileOverASymlinkReplacesTheSymlink() throws IOException {
        extract(new LayerTar().symlink("s", outside.resolve("sentinel").toString()).file("s", "mine", 0644),
                Whiteouts.APPLY);
        assertFalse(Files.isSymbolicLink(layer.resolve("s")));
        assertEquals("mine", Files.readString(layer.resolve("s")));
    }

    @Test
    void hardlinkThroughASymlinkIsRefused() {
        LayerTar tar = new LayerTar().symlink("a", outside.toString()).hardlink("h", "a/sentinel");
        assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
        assertFalse(Files.exists(layer.resolve("h"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void hardlinkToAnAbsoluteOutsidePathIsRefused() {
        LayerTar tar = new LayerTar().hardlink("h", outside.resolve("sentinel").toString());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
        assertTrue(e.getMessage().endsWith("which is not a file in the layer"), e.getMessage());
    }

    @Test
    void hardlinkToDotDotIsRefused() {
        LayerTar tar = new LayerTar().hardlink("h", "../outside/sentinel");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
        assertEquals("layer entry 'h' links to '../outside/sentinel', which escapes the layer", e.getMessage());
    }

    @Test
    void symlinkTargetIsStoredVerbatimAndNeverFollowed() throws IOException {
        String target = outside.resolve("sentinel").toString();
        extract(new LayerTar().ownedBy(1234, 1234).symlink("etc/passwd", target), Whiteouts.APPLY);
        Path link = layer.resolve("etc/passwd");
        assertEquals(Path.of(target), Files.readSymbolicLink(link));
        assertEquals(1234, unix(link, "uid"));
    }

    @Test
    void whiteoutOfDotDotIsRefused() {
        LayerTar tar = new LayerTar().file("etc/.wh..", "", 0644);
        assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
    }

    @Test
    void whiteoutThroughASymlinkDeletesNothingOutside() {
        LayerTar tar = new LayerTar().symlink("a", outside.toString()).whiteout("a", "sentinel");
        assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
    }

    @Test
    void opaqueMarkerThroughASymlinkEmptiesNothingOutside() {
        LayerTar tar = new LayerTar().symlink("a", outside.toString()).opaque("a");
        assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
    }

    @Test
    void layerRootCannotBeReplaced() {
        LayerTar tar = new LayerTar().symlink("./", outside.toString());
        assertThrows(InvalidArgumentException.class, () -> extract(tar, Whiteouts.APPLY));
        assertTrue(Files.isDirectory(layer, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void corruptTarIsInvalid() {
        byte[] garbage = new byte[1024];
        Arrays.fill(garbage, (byte) 'x');
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new LayerExtractor(SYSCALLS)
                .extract(new ByteArrayInputStream(garbage), layer, Whiteouts.APPLY));
        assertTrue(e.getMessage().startsWith("layer is not a valid tar"), e.getMessage());
    }
}
