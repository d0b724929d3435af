package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.Credentials;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Logins checked against a registry behind htpasswd basic auth (RegistryAuthTest's), stored and used. */
class LoginTest extends AuthRegistryTest {
    @Test
    void loginIsStoredOwnerOnlyAndUsedByPushAndPull() throws IOException {
        String id = LayeredImages.twoLayers(root, reference, "login");
        GantryImageService images = TestConfigs.service(root);

        images.login(registry.host(), GOOD);

        Path file = root.resolve("image/auth.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        JsonNode auth = new ObjectMapper().readTree(file.toFile()).path("auths").path(registry.host()).path("auth");
        assertEquals("gantry:s3cret-pass", new String(Base64.getDecoder().decode(auth.asText()), StandardCharsets.UTF_8));
        images.push(reference, PushOptions.DEFAULTS, ProgressListener.NONE);
        images.remove(reference, false);
        assertEquals(id, images.pull(reference, PullOptions.DEFAULTS, ProgressListener.NONE).id());
    }

    @Test
    void refusedLoginIsNotStored() {
        GantryImageService images = TestConfigs.service(root);

        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> images.login(registry.host(), new Credentials("gantry", "wrong")));

        assertTrue(e.getMessage().startsWith("unauthorized: registry " + registry.host()), e.getMessage());
        assertFalse(Files.exists(root.resolve("image/auth.json")));
    }

    @Test
    void dockerConfigWithUrlKeysIsRead() throws IOException {
        LayeredImages.twoLayers(root, reference, "docker-config");
        Path dockerConfig = Files.writeString(registryDir.resolve("config.json"), "{\"auths\": {\"http://"
                + registry.host() + "/v2/\": {\"auth\": \"" + Base64.getEncoder().encodeToString(
                        "gantry:s3cret-pass".getBytes(StandardCharsets.UTF_8)) + "\"}}, \"credsStore\": \"none\"}");
        GantryImageService images = new GantryImageService(TestConfigs.roots(root),
                TestConfigs.image(TestConfigs.HOST_BUSYBOX, true, "", dockerConfig.toString()));

        images.push(reference, PushOptions.DEFAULTS, ProgressListener.NONE);

        images.login(registry.host(), GOOD);
        JsonNode stored = new ObjectMapper().readTree(dockerConfig.toFile());
        assertEquals("none", stored.path("credsStore").asText());
        assertEquals(1, stored.path("auths").size());
    }

    @Test
    void registryWithAPathIsInvalid() {
        assertThrows(InvalidArgumentException.class, () -> TestConfigs.service(root).login("host/x", GOOD));
    }
}
