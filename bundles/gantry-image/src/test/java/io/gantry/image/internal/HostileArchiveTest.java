package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.ProgressListener;
import io.gantry.image.internal.content.Digests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives built to escape, lie or break: each is refused and leaves nothing in the store. */
class HostileArchiveTest {
    private static final String TAG = "hostile:1";

    @TempDir
    Path source;
    @TempDir
    Path target;

    @AfterEach
    void storeIsUntouched() throws IOException {
        GantryImageService images = TestConfigs.service(target, TestConfigs.HOST_BUSYBOX, false);
        assertTrue(images.list().isEmpty());
        assertEquals(Set.of(), StoreFiles.blobs(target));
        assertEquals(0, filesUnder(target.resolve("image/tmp")));
        assertFalse(Files.exists(target.resolve("evil")));
    }

    @Test
    void entryClimbingOutIsRefused() {
        byte[] archive = new TarBuilder().file("image/../../evil", "x").file("manifest.json", "[]").bytes();
        assertRefused(InvalidArgumentException.class, archive, "refusing archive entry image/../../evil");
    }

    @Test
    void absoluteEntryIsRefused() {
        byte[] archive = new TarBuilder().file("/tmp/evil", "x").bytes();
        assertRefused(InvalidArgumentException.class, archive, "refusing archive entry /tmp/evil: absolute path");
    }

    @Test
    void symlinkOutOfTheArchiveIsRefused() {
        byte[] archive = new TarBuilder().symlink("manifest.json", "../../../etc/passwd").bytes();
        assertRefused(InvalidArgumentException.class, archive, "refusing link manifest.json -> ../../../etc/passwd");
    }

    @Test
    void absoluteSymlinkIsRefused() {
        byte[] archive = new TarBuilder().symlink("index.json", "/etc/passwd").bytes();
        assertRefused(InvalidArgumentException.class, archive, "absolute target");
    }

    @Test
    void hardlinkOutOfTheArchiveIsRefused() {
        byte[] archive = new TarBuilder().hardlink("manifest.json", "../etc/passwd").bytes();
        assertRefused(InvalidArgumentException.class, archive, "points outside the archive");
    }

    @Test
    void tarWithoutImageMetadataIsRefused() {
        byte[] archive = new TarBuilder().file("hello.txt", "hi").bytes();
        assertRefused(InvalidArgumentException.class, archive, "not an image archive");
    }

    @Test
    void tamperedOciLayerIsRefused() throws IOException {
        LayeredImages.twoLayers(source, TAG, "t");
        GantryImageService saving = TestConfigs.service(source);
        String layer = saving.resolve(TAG).layers().get(1).digest();
        byte[] archive = TarBuilder.copy(SaveLoadTest.save(saving, ArchiveFormat.OCI, TAG),
                "blobs/sha256/" + Digests.hex(layer), content -> Tars.gzip(Tars.tar("etc/evil", "x"))).bytes();
        assertRefused(InvalidArgumentException.class, archive, "layer " + layer + " of the image archive hashes to");
    }

    @Test
    void dockerLayerNotMatchingItsDiffIdIsRefused() throws IOException {
        LayeredImages.twoLayers(source, TAG, "d");
        GantryImageService saving = TestConfigs.service(source);
        String diffId = saving.resolve(TAG).layers().get(0).diffId();
        byte[] archive = TarBuilder.copy(SaveLoadTest.save(saving, ArchiveFormat.DOCKER, TAG),
                Digests.hex(diffId) + "/layer.tar", content -> Tars.tar("etc/evil", "x")).bytes();
        assertRefused(InvalidArgumentException.class, archive, "does not match its diff id " + diffId);
    }

    @Test
    void gzippedDockerLayerNotMatchingItsDiffIdIsRefused() throws IOException {
        LayeredImages.twoLayers(source, TAG, "g");
        GantryImageService saving = TestConfigs.service(source);
        String diffId = saving.resolve(TAG).layers().get(1).diffId();
        byte[] archive = TarBuilder.copy(SaveLoadTest.save(saving, ArchiveFormat.DOCKER, TAG),
                Digests.hex(diffId) + "/layer.tar", content -> Tars.gzip(Tars.tar("etc/evil", "x"))).bytes();
        assertRefused(GantryException.class, archive, "does not unpack to its diff id " + diffId);
    }

    private void assertRefused(Class<? extends GantryException> type, byte[] archive, String message) {
        GantryImageService images = TestConfigs.service(target, TestConfigs.HOST_BUSYBOX, false);
        GantryException e = assertThrows(type,
                () -> images.load(new ByteArrayInputStream(archive), ProgressListener.NONE));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static long filesUnder(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(path -> !path.equals(directory)).count();
        }
    }
}
