package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {
    @TempDir
    Path base;

    @Test
    void deletesATreeWithoutFollowingItsSymlinks() throws IOException {
        Path kept = Files.createDirectory(base.resolve("kept"));
        Files.writeString(kept.resolve("file"), "keep me");
        Path tree = Files.createDirectories(base.resolve("tree/sub"));
        Files.createSymbolicLink(tree.resolve("to-kept"), kept);
        Files.createSymbolicLink(base.resolve("tree/to-file"), kept.resolve("file"));
        Files.setAttribute(tree, "unix:mode", 0500);

        FileTrees.delete(base.resolve("tree"));
        FileTrees.delete(base.resolve("tree"));

        assertFalse(Files.exists(base.resolve("tree")));
        assertEquals("keep me", Files.readString(kept.resolve("file")));
    }
}
