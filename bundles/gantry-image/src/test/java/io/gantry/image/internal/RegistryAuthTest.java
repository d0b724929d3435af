package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.image.Credentials;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry behind htpasswd basic auth. The htpasswd file holds a bcrypt hash of the password below, made
 * beforehand (the machine has no htpasswd tool).
 */
class RegistryAuthTest {
    private static final Credentials GOOD = new Credentials("gantry", "s3cret-pass");
    private static final Credentials BAD = new Credentials("gantry", "wrong");

    @TempDir
    Path root;
    @TempDir
    Path registryDir;
    LocalRegistry registry;
    String reference;

    @BeforeEach
    void startRegistry() throws Exception {
        Path htpasswd = registryDir.resolve("htpasswd");
        try (InputStream in = getClass().getResourceAsStream("/registry/htpasswd")) {
            Files.write(htpasswd, in.readAllBytes());
        }
        registry = LocalRegistry.start(registryDir, htpasswd);
        reference = registry.host() + "/private/app:1";
    }

    @AfterEach
    void stopRegistry() throws InterruptedException {
        registry.close();
    }

    @Test
    void goodCredentialsPushAndPull() {
        String id = LayeredImages.twoLayers(root, reference, "secret");
        GantryImageService images = TestConfigs.service(root);
        images.push(reference, new PushOptions(GOOD), ProgressListener.NONE);
        images.remove(reference, false);

        assertEquals(id, images.pull(reference, new PullOptions(null, GOOD), ProgressListener.NONE).id());
    }

    @Test
    void wrongOrMissingCredentialsAreRefused() {
        LayeredImages.twoLayers(root, reference, "secret");
        GantryImageService images = TestConfigs.service(root);

        FailedPreconditionException wrong = assertThrows(FailedPreconditionException.class,
                () -> images.push(reference, new PushOptions(BAD), ProgressListener.NONE));
        assertTrue(wrong.getMessage().startsWith("unauthorized: registry " + registry.host()), wrong.getMessage());
        FailedPreconditionException none = assertThrows(FailedPreconditionException.class,
                () -> images.pull(reference, PullOptions.DEFAULTS, ProgressListener.NONE));
        assertEquals("unauthorized: registry " + registry.host() + " needs a login", none.getMessage());
    }
}
