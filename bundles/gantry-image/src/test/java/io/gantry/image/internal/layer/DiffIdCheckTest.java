package io.gantry.image.internal.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.image.internal.Tars;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.MediaTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffIdCheckTest {
    private static final String DIGEST = Digests.sha256("blob");

    @TempDir
    Path dir;

    @Test
    void unknownLayerTypesAreRefusedBeforeDownload() {
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> DiffIdCheck.requireSupported(DIGEST, "application/vnd.example.layer.tar+lz4"));
        assertEquals("layer " + DIGEST + " has media type application/vnd.example.layer.tar+lz4, which this engine"
                + " cannot unpack", e.getMessage());
    }

    @Test
    void zstdLayerMustUnpackToItsDiffId() throws IOException {
        byte[] tar = Tars.tar("a", "b");
        Path file = Files.write(dir.resolve("layer"), Tars.zstd(tar));

        DiffIdCheck.of(DIGEST, MediaTypes.LAYER_TAR_ZSTD, Digests.sha256(tar)).check(file);
        GantryException e = assertThrows(GantryException.class,
                () -> DiffIdCheck.of(DIGEST, MediaTypes.LAYER_TAR_ZSTD, Digests.sha256("other")).check(file));
        assertTrue(e.getMessage().startsWith("layer " + DIGEST + " does not unpack to its diff id"), e.getMessage());
    }

    @Test
    void gzipLayerMustUnpackToItsDiffId() throws IOException {
        byte[] tar = Tars.tar("a", "b");
        Path file = Files.write(dir.resolve("layer"), Tars.gzip(tar));

        DiffIdCheck.of(DIGEST, MediaTypes.DOCKER_LAYER_TAR_GZIP, Digests.sha256(tar)).check(file);
        GantryException e = assertThrows(GantryException.class,
                () -> DiffIdCheck.of(DIGEST, MediaTypes.LAYER_TAR_GZIP, Digests.sha256("other")).check(file));
        assertTrue(e.getMessage().startsWith("layer " + DIGEST + " does not unpack to its diff id"), e.getMessage());
    }

    @Test
    void plainLayerIsItsOwnDiffId() throws IOException {
        Path file = Files.write(dir.resolve("layer"), Tars.tar("a", "b"));
        DiffIdCheck.of(DIGEST, MediaTypes.LAYER_TAR, DIGEST).check(file);
        assertThrows(GantryException.class, () -> DiffIdCheck.of(DIGEST, MediaTypes.LAYER_TAR, Digests.sha256("x"))
                .check(file));
    }
}
