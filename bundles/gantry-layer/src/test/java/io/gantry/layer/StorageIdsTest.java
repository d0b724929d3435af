package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageIdsTest {
    @Test
    void layerIdBecomesADirectoryName() {
        assertEquals("sha256-abc123", StorageIds.layerDirectory("sha256:abc123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../x", "sha256:ABC", "a/b", ".", "a b"})
    void hostileLayerIdsAreRejected(String id) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> StorageIds.layerDirectory(id));
        assertEquals("invalid layer id '" + id + "': must match [a-z0-9:-]+", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".hidden", "a/b", "-x"})
    void hostileContainerIdsAreRejected(String id) {
        assertThrows(InvalidArgumentException.class, () -> StorageIds.containerDirectory(id));
    }

    @Test
    void containerNamesAreKept() {
        assertEquals("web_1.prod-2", StorageIds.containerDirectory("web_1.prod-2"));
    }
}
