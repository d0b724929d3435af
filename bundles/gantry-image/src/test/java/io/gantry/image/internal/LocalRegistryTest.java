package io.gantry.image.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real docker-registry on loopback, one per test, with the image service's root beside it. */
abstract class LocalRegistryTest {
    @TempDir
    Path root;
    @TempDir
    Path registryDir;
    LocalRegistry registry;

    /** The htpasswd file the registry checks logins against, or null for an open registry. */
    Path htpasswd() throws Exception {
        return null;
    }

    @BeforeEach
    void startRegistry() throws Exception {
        registry = LocalRegistry.start(registryDir, htpasswd());
    }

    @AfterEach
    void stopRegistry() throws InterruptedException {
        registry.close();
    }
}
