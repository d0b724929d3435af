package io.gantry.image.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.image.internal.oci.OciPlatform;
import org.junit.jupiter.api.Test;

class RegistryNameTest {
    @Test
    void firstComponentIsARegistryOnlyWithDotColonOrLocalhost() {
        assertEquals(new RegistryName("localhost:5000", "x"), RegistryName.of("localhost:5000/x"));
        assertEquals(new RegistryName("127.0.0.1:5001", "a/b"), RegistryName.of("127.0.0.1:5001/a/b"));
        assertEquals(new RegistryName("registry.example", "x"), RegistryName.of("registry.example/x"));
        assertEquals(new RegistryName("localhost", "x"), RegistryName.of("localhost/x"));
        assertEquals(new RegistryName("docker.io", "library/busybox"), RegistryName.of("busybox"));
        assertEquals(new RegistryName("docker.io", "team/tool"), RegistryName.of("team/tool"));
        assertEquals("registry-1.docker.io", RegistryName.of("busybox").apiHost());
    }

    @Test
    void plainHttpOnlyForLoopbackAndListedRegistries() {
        Registries registries = new Registries("registry.lan:5000, insecure.example");
        assertEquals("http", registries.scheme(RegistryName.of("localhost:5000/x")));
        assertEquals("http", registries.scheme(RegistryName.of("127.0.0.1:40000/x")));
        assertEquals("http", registries.scheme(RegistryName.of("[::1]:5000/x")));
        assertEquals("http", registries.scheme(RegistryName.of("registry.lan:5000/x")));
        assertEquals("https", registries.scheme(RegistryName.of("registry.lan:6000/x")));
        assertEquals("http", registries.scheme(RegistryName.of("insecure.example/x")));
        assertEquals("https", registries.scheme(RegistryName.of("registry.example/x")));
        assertEquals("https", registries.scheme(RegistryName.of("busybox")));
    }

    @Test
    void parsesBearerAndBasicChallenges() {
        AuthChallenge bearer = AuthChallenge.parse(
                "Bearer realm=\"https://auth.example/token\",service=\"registry.example\",scope=\"repository:x:pull\"");
        assertEquals(true, bearer.isBearer());
        assertEquals("https://auth.example/token", bearer.parameter("realm"));
        assertEquals("registry.example", bearer.parameter("service"));
        assertEquals("repository:x:pull", bearer.parameter("scope"));
        assertEquals(true, AuthChallenge.parse("Basic realm=\"gantry\"").isBasic());
    }

    @Test
    void platformsMatchWithOptionalVariant() {
        OciPlatform arm64v8 = new OciPlatform("linux", "arm64", "v8");
        assertEquals(true, arm64v8.serves(OciPlatform.parse("linux/arm64")));
        assertEquals(true, arm64v8.serves(OciPlatform.parse("linux/arm64/v8")));
        assertEquals(false, arm64v8.serves(OciPlatform.parse("linux/arm64/v7")));
        assertEquals(false, arm64v8.serves(OciPlatform.parse("linux/amd64")));
        assertThrows(InvalidArgumentException.class, () -> OciPlatform.parse("linux"));
    }
}
