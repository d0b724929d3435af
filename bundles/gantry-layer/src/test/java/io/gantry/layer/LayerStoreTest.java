package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerStoreTest {
    @TempDir
    Path root;

    private LayerStore store() {
        return new LayerStore(root.resolve("storage/test/layers"));
    }

    @Test
    void createsLayersUnderTraversableDirectories() throws IOException {
        LayerStore store = store();
        store.create("sha256:aa", null, dir -> Files.writeString(dir.resolve("content"), "a"));
        store.create("sha256:bb", "sha256:aa", dir -> Files.createDirectory(dir.resolve("diff")));

        assertEquals(Set.of("sha256:aa", "sha256:bb"), store.ids());
        assertEquals(Optional.of("sha256:aa"), store.parent("sha256:bb"));
        assertEquals(Optional.empty(), store.parent("sha256:aa"));
        assertEquals(root.resolve("storage/test/layers/sha256-aa"), store.require("sha256:aa"));
        assertEquals("a", Files.readString(store.path("sha256:aa").resolve("content")));
        for (Path dir : List.of(root.resolve("storage"), root.resolve("storage/test/layers"), store.path("sha256:bb"))) {
            assertEquals("rwx--x--x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), dir.toString());
        }
    }

    @Test
    void failedContentLeavesNothing() throws IOException {
        LayerStore store = store();
        assertThrows(InvalidArgumentException.class, () -> store.create("sha256:aa", null, dir -> {
            Files.writeString(dir.resolve("partial"), "x");
            throw new InvalidArgumentException("hostile");
        }));
        assertThrows(GantryException.class, () -> store.create("sha256:aa", null, dir -> {
            throw new IOException("disk full");
        }));
        assertFalse(store.has("sha256:aa"));
        try (Stream<Path> left = Files.list(root.resolve("storage/test/layers"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void refusesDuplicatesMissingParentsAndBadIds() {
        LayerStore store = store();
        store.create("sha256:aa", null, dir -> { });
        assertThrows(ConflictException.class, () -> store.create("sha256:aa", null, dir -> { }));
        assertThrows(NotFoundException.class, () -> store.create("sha256:bb", "sha256:cc", dir -> { }));
        assertThrows(InvalidArgumentException.class, () -> store.create("../aa", null, dir -> { }));
        assertThrows(NotFoundException.class, () -> store.remove("sha256:cc"));
    }

    @Test
    void parentCannotBeRemovedWhileAChildIsStoredOrBeingApplied() {
        LayerStore store = store();
        store.create("sha256:aa", null, dir -> { });
        store.create("sha256:bb", "sha256:aa", dir ->
                assertThrows(ConflictException.class, () -> store.remove("sha256:aa")));
        ConflictException e = assertThrows(ConflictException.class, () -> store.remove("sha256:aa"));
        assertEquals("layer sha256:aa is in use: it is the parent of layer sha256:bb", e.getMessage());

        store.remove("sha256:bb");
        store.remove("sha256:aa");
        assertTrue(store.ids().isEmpty());
    }
}
