package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.image.Credentials;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import org.junit.jupiter.api.Test;

/** Pushes and pulls against a registry behind htpasswd basic auth. */
class RegistryAuthTest extends AuthRegistryTest {
    private static final Credentials BAD = new Credentials("gantry", "wrong");

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
