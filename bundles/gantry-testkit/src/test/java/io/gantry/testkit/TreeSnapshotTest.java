package io.gantry.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeSnapshotTest {
    @TempDir
    Path left;
    @TempDir
    Path right;

    @Test
    void sameTreesHaveNoDifferences() throws IOException {
        fill(left);
        fill(right);

        TreeSnapshot snapshot = TreeSnapshot.of(left);

        assertEquals(List.of(), snapshot.differencesFrom(TreeSnapshot.of(right)));
        assertEquals(Set.of(Set.of("d/a", "d/b")), snapshot.hardLinks());
        assertEquals(new TreeSnapshot.TreeEntry("symlink", "777", 0, 0, 0, "d/a", 0), snapshot.entries().get("s"));
        assertEquals("4750", snapshot.entries().get("d/a").mode());
        assertEquals(1_700_000_000L, snapshot.entries().get("d/a").modifiedSecond());
    }

    @Test
    void namesEachDifference() throws IOException {
        fill(left);
        fill(right);
        Files.delete(right.resolve("d/b"));
        Files.copy(right.resolve("d/a"), right.resolve("d/b"), LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(right.resolve("d/b"), "unix:mode", 0640);
        Files.writeString(right.resolve("extra"), "x");

        List<String> differences = TreeSnapshot.of(left).differencesFrom(TreeSnapshot.of(right));

        assertEquals(3, differences.size(), differences.toString());
        assertTrue(differences.get(0).startsWith("d/b: "), differences.toString());
        assertTrue(differences.get(1).startsWith("extra: null vs "), differences.toString());
        assertTrue(differences.get(2).startsWith("hard links: "), differences.toString());
    }

    private static void fill(Path root) throws IOException {
        Path file = Files.writeString(Files.createDirectory(root.resolve("d")).resolve("a"), "content");
        Files.setAttribute(file, "unix:mode", 04750);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L, 5)));
        Files.createLink(root.resolve("d/b"), file);
        Files.createSymbolicLink(root.resolve("s"), Path.of("d/a"));
    }
}
