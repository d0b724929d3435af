package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerDirsTest {
    @TempDir
    Path root;

    @Test
    void recordsTheLayersOfEachContainer() {
        ContainerDirs containers = new ContainerDirs(root.resolve("containers"));
        assertTrue(containers.create("web", List.of("sha256:aa", "sha256:bb"), dir -> Files.createDirectory(dir.resolve("upper"))));
        assertTrue(containers.create("empty", List.of(), dir -> { }));

        assertFalse(containers.create("web", List.of("sha256:aa", "sha256:bb"), dir -> { }), "same layers: reused");
        assertThrows(ConflictException.class, () -> containers.create("web", List.of("sha256:aa"), dir -> { }));
        assertEquals(Set.of("web", "empty"), containers.ids());
        assertEquals(Optional.of(List.of()), containers.layers("empty"));
        assertEquals(Optional.of("web"), containers.userOf("sha256:bb"));
        assertEquals(Optional.empty(), containers.userOf("sha256:cc"));
        assertTrue(Files.isDirectory(containers.path("web").resolve("upper")));
    }

    @Test
    void deleteIsIdempotentAndIdsAreChecked() {
        ContainerDirs containers = new ContainerDirs(root.resolve("containers"));
        containers.create("c1", List.of(), dir -> { });
        containers.delete("c1");
        containers.delete("c1");
        assertEquals(Set.of(), containers.ids());
        assertThrows(InvalidArgumentException.class, () -> containers.path("../c1"));
        assertThrows(InvalidArgumentException.class, () -> containers.delete("a/b"));
    }
}
