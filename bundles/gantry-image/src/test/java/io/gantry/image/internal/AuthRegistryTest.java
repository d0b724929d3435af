package io.gantry.image.internal;

import io.gantry.api.image.Credentials;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;

/**
 * A registry behind htpasswd basic auth. The htpasswd file holds a bcrypt hash of {@link #GOOD}'s password,
 * made beforehand (the machine has no htpasswd tool).
 */
abstract class AuthRegistryTest extends LocalRegistryTest {
    static final Credentials GOOD = new Credentials("gantry", "s3cret-pass");

    String reference;

    @Override
    Path htpasswd() throws Exception {
        Path htpasswd = registryDir.resolve("htpasswd");
        try (InputStream in = getClass().getResourceAsStream("/registry/htpasswd")) {
            Files.write(htpasswd, in.readAllBytes());
        }
        return htpasswd;
    }

    @BeforeEach
    void nameThePrivateRepository() {
        reference = registry.host() + "/private/app:1";
    }
}
