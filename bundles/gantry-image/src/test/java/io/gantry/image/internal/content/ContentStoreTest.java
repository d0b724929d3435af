package io.gantry.image.internal.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);
    private static final String HELLO_DIGEST =
            "sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @TempDir
    Path root;
    private ContentStore store;

    @BeforeEach
    void openStore() throws IOException {
        store = new ContentStore(root);
    }

    @Test
    void aBlobIsStoredUnderItsDigest() throws IOException {
        Blob blob;
        try (Lease lease = store.lease()) {
            blob = lease.write(HELLO);
        }
        assertEquals(new Blob(HELLO_DIGEST, 5), blob);
        assertArrayEquals(HELLO, Files.readAllBytes(root.resolve("blobs/sha256/" + Digests.hex(HELLO_DIGEST))));
        assertArrayEquals(HELLO, store.read(HELLO_DIGEST));
        assertEquals(List.of(), ingestFiles());
    }

    @Test
    void aDigestMismatchStoresNothingAndSaysWhatDiffered() throws IOException {
        String claimed = Digests.sha256("something else");
        try (Lease lease = store.lease()) {
            InvalidArgumentException error = assertThrows(InvalidArgumentException.class,
                    () -> lease.write(new ByteArrayInputStream(HELLO), claimed));
            assertTrue(error.getMessage().contains(claimed) && error.getMessage().contains(HELLO_DIGEST),
                    error.getMessage());
        }
        assertFalse(store.contains(HELLO_DIGEST));
        assertFalse(store.contains(claimed));
        assertEquals(List.of(), ingestFiles());
    }

    @Test
    void aFailingWriterLeavesNoTempFile() throws IOException {
        try (Lease lease = store.lease()) {
            assertThrows(GantryException.class, () -> lease.write(out -> {
                out.write(HELLO);
                throw new IOException("disk on fire");
            }));
        }
        assertEquals(List.of(), ingestFiles());
    }

    @Test
    void readingACorruptedBlobFails() throws IOException {
        try (Lease lease = store.lease()) {
            lease.write(HELLO);
        }
        Files.writeString(store.path(HELLO_DIGEST), "jello");
        GantryException error = assertThrows(GantryException.class, () -> store.read(HELLO_DIGEST));
        assertTrue(error.getMessage().contains("corrupt"), error.getMessage());
        assertThrows(NotFoundException.class, () -> store.read(Digests.sha256("absent")));
    }

    @Test
    void aLeasedBlobSurvivesDeletionUntilTheLeaseCloses() throws IOException {
        try (Lease lease = store.lease()) {
            lease.write(HELLO);
            store.deleteUnpinned(List.of(HELLO_DIGEST));
            assertTrue(store.contains(HELLO_DIGEST));
        }
        store.deleteUnpinned(List.of(HELLO_DIGEST));
        assertFalse(store.contains(HELLO_DIGEST));
    }

    @Test
    void leftoverTempFilesAreClearedWhenTheStoreOpens() throws IOException {
        Files.writeString(root.resolve("ingest/blob-123.tmp"), "half a blob");
        new ContentStore(root);
        assertEquals(List.of(), ingestFiles());
    }

    @Test
    void digestsAreChecked() {
        assertThrows(InvalidArgumentException.class, () -> store.path("sha256:../../etc/passwd"));
        assertThrows(InvalidArgumentException.class, () -> store.lease().write(new ByteArrayInputStream(HELLO), "md5:1"));
    }

    private List<Path> ingestFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("ingest"))) {
            return files.toList();
        }
    }
}
