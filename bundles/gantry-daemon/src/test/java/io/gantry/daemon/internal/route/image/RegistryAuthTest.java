package io.gantry.daemon.internal.route.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.image.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RegistryAuthTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void headerIsBase64UrlJsonWithOrWithoutPadding() {
        String body = "{\"username\":\"me?>\",\"password\":\"s3cr?t\",\"serveraddress\":\"127.0.0.1:5000\"}";
        Credentials expected = new Credentials("me?>", "s3cr?t");
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, RegistryAuth.fromHeader(Base64.getUrlEncoder().encodeToString(raw), json));
        assertEquals(expected, RegistryAuth.fromHeader(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), json));
        assertEquals(expected, RegistryAuth.fromHeader(Base64.getEncoder().encodeToString(raw), json));
    }

    @Test
    void anIdentityTokenOrAnEmptyLoginMeansAnonymous() {
        String token = Base64.getUrlEncoder().encodeToString("{\"identitytoken\":\"abc\"}".getBytes(StandardCharsets.UTF_8));
        assertNull(RegistryAuth.fromHeader(token, json));
        assertNull(RegistryAuth.fromHeader(Base64.getUrlEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8)), json));
        assertNull(RegistryAuth.fromHeader(null, json));
    }

    @Test
    void serverAddressesNameTheirRegistry() {
        assertEquals("docker.io", RegistryAuth.registry("https://index.docker.io/v1/"));
        assertEquals("docker.io", RegistryAuth.registry(""));
        assertEquals("127.0.0.1:5000", RegistryAuth.registry("http://127.0.0.1:5000/"));
        assertEquals("registry.example.com", RegistryAuth.registry("registry.example.com"));
    }

    @Test
    void repositoryPathsAreShownWithoutTheRegistry() {
        assertEquals("library/busybox", RepositoryName.path("busybox:latest"));
        assertEquals("bb", RepositoryName.path("127.0.0.1:5000/bb:1"));
        assertEquals("team/app", RepositoryName.path("localhost/team/app@sha256:abc"));
        assertEquals("127.0.0.1:5000/bb", RepositoryName.withoutTagOrDigest("127.0.0.1:5000/bb"));
    }
}
