package io.gantry.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootfsPathTest {
    @TempDir
    Path rootfs;

    @Test
    void plainPathsAndDotDotStayInside() throws IOException {
        assertEquals(rootfs.resolve("etc/passwd"), RootfsPath.resolve(rootfs, "/etc/passwd"));
        assertEquals(rootfs.resolve("etc/passwd"), RootfsPath.resolve(rootfs, "/../../../etc/./passwd"));
    }

    @Test
    void absoluteAndRelativeLinksAreResolvedAgainstTheRootfs() throws IOException {
        Files.createDirectories(rootfs.resolve("real/etc"));
        Files.createSymbolicLink(rootfs.resolve("etc"), Path.of("/real/etc"));
        assertEquals(rootfs.resolve("real/etc/passwd"), RootfsPath.resolve(rootfs, "/etc/passwd"));

        Files.createDirectories(rootfs.resolve("a/b"));
        Files.createSymbolicLink(rootfs.resolve("a/b/up"), Path.of("../../../../../../real"));
        assertEquals(rootfs.resolve("real/etc"), RootfsPath.resolve(rootfs, "/a/b/up/etc"));
    }

    @Test
    void linkLoopsEnd() throws IOException {
        Files.createSymbolicLink(rootfs.resolve("loop"), Path.of("/loop"));
        assertThrows(IOException.class, () -> RootfsPath.resolve(rootfs, "/loop/x"));
    }
}
