package io.gantry.image.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of tests that each get a fresh image service, with busybox on demand, over a temporary data root. */
abstract class ImageServiceTest {
    @TempDir
    Path root;
    GantryImageService images;

    @BeforeEach
    void createService() {
        images = TestConfigs.service(root);
    }
}
