package io.gantry.image.internal.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.image.internal.content.Digests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSpoolTest {
    @TempDir
    Path temp;

    @Test
    void filesAreSpooledUnderNumbersWithTheirDigestAndDeletedOnClose() throws IOException {
        byte[] content = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        try (ArchiveSpool spool = ArchiveSpool.read(new ByteArrayInputStream(tar("./dir//manifest.json", content)),
                temp)) {
            SpooledFile file = spool.file("dir/manifest.json");
            assertEquals(Digests.sha256(content), file.digest());
            assertEquals("0", file.path().getFileName().toString());
            assertArrayEquals(content, spool.document("dir/./manifest.json"));
            assertFalse(spool.has("manifest.json"));
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void leftoverSpoolsAreDeletedButOtherFilesStay() throws IOException {
        Files.writeString(Files.createDirectories(temp.resolve("load-123/sub")).resolve("0"), "x");
        Files.writeString(temp.resolve("keep"), "y");

        ArchiveSpool.deleteLeftovers(temp);

        assertFalse(Files.exists(temp.resolve("load-123")));
        assertTrue(Files.exists(temp.resolve("keep")));
    }

    @Test
    void documentTooLargeForMemoryIsRefused() throws IOException {
        byte[] huge = new byte[(int) ArchiveSpool.MAX_DOCUMENT + 1];
        try (ArchiveSpool spool = ArchiveSpool.read(new ByteArrayInputStream(tar("index.json", huge)), temp)) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> spool.document("index.json"));
            assertTrue(e.getMessage().contains("too large for a JSON document"), e.getMessage());
        }
    }

    @Test
    void missingFileIsNamed() throws IOException {
        try (ArchiveSpool spool = ArchiveSpool.read(new ByteArrayInputStream(tar("a", new byte[0])), temp)) {
            assertEquals("the image archive has no file b/layer.tar",
                    assertThrows(InvalidArgumentException.class, () -> spool.file("b/layer.tar")).getMessage());
        }
    }

    private static byte[] tar(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarWriter writer = new TarWriter(out)) {
            writer.file(name, content);
        }
        return out.toByteArray();
    }
}
