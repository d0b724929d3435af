package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A blob the registry serves corrupted, and a registry named "localhost". */
class RegistryEdgeCasesTest extends LocalRegistryTest {

    @Test
    void blobCorruptedInTheRegistryIsDiscardedAndLeavesNothingHalfWritten() throws IOException {
        String ref = registry.host() + "/gantry/tampered:1";
        LayeredImages.twoLayers(root, ref, "v1");
        GantryImageService images = TestConfigs.service(root);
        Layer top = images.resolve(ref).layers().get(1);
        images.push(ref, PushOptions.DEFAULTS, ProgressListener.NONE);
        images.remove(ref, false);
        corruptInRegistry(top.digest());

        GantryException e = assertThrows(GantryException.class,
                () -> images.pull(ref, PullOptions.DEFAULTS, ProgressListener.NONE));

        assertTrue(e.getMessage().contains(top.digest()), e.getMessage());
        assertTrue(images.list().isEmpty());
        assertFalse(Files.exists(root.resolve("image/blobs/sha256").resolve(top.digest().substring(7))));
        assertEquals(List.of(), filesUnder(root.resolve("image/ingest")));
    }

    @Test
    void localhostNamesALoopbackRegistryReachedOverPlainHttp() {
        String ref = "localhost:" + registry.port + "/gantry/local:1";
        String id = LayeredImages.twoLayers(root, ref, "local");
        GantryImageService images = TestConfigs.service(root);
        images.push(ref, PushOptions.DEFAULTS, ProgressListener.NONE);
        images.remove(ref, false);

        assertEquals(id, images.pull(ref, PullOptions.DEFAULTS, ProgressListener.NONE).id());
    }

    /** Flips the first byte of the stored blob, keeping its size, so only its digest is wrong. */
    private void corruptInRegistry(String digest) throws IOException {
        String hex = digest.substring("sha256:".length());
        Path data = registryDir.resolve("data/docker/registry/v2/blobs/sha256").resolve(hex.substring(0, 2))
                .resolve(hex).resolve("data");
        byte[] content = Files.readAllBytes(data);
        content[0] ^= 0x01;
        Files.write(data, content);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
