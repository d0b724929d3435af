package io.gantry.ns.uts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.FakeSpecContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UtsNamespaceProviderTest {
    private final UtsNamespaceProvider provider = new UtsNamespaceProvider();

    private static Spec contribute(UtsNamespaceProvider provider, ContainerConfig config) {
        Spec spec = new Spec();
        provider.contribute(spec, new FakeSpecContext(config, Map.of("web", 77)));
        return spec;
    }

    @Test
    void typeIsUts() {
        assertEquals(NamespaceType.UTS, provider.type());
    }

    @Test
    void privateModeUsesShortContainerIdAsHostname() {
        Spec spec = contribute(provider, ContainerConfig.builder("busybox").build());
        assertEquals(List.of(new LinuxNamespace("uts", null)), spec.linux.namespaces);
        assertEquals("0123456789ab", spec.hostname);
    }

    @Test
    void privateModeUsesRequestedHostname() {
        Spec spec = contribute(provider, ContainerConfig.builder("busybox").hostname("db.example.com").build());
        assertEquals("db.example.com", spec.hostname);
    }

    @Test
    void longestValidHostnameIsAccepted() {
        String hostname = "a".repeat(62) + ".b";
        assertEquals(hostname, contribute(provider, ContainerConfig.builder("busybox").hostname(hostname).build())
                .hostname);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "under_score", "-leading", "trailing-", "a..b", "new\nline",
        "x23456789012345678901234567890123456789012345678901234567890123456"})
    void invalidHostnameIsRejectedWithoutTouchingTheSpec(String hostname) {
        Spec spec = new Spec();
        ContainerConfig config = ContainerConfig.builder("busybox").hostname(hostname).build();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> provider.contribute(spec, new FakeSpecContext(config, Map.of())));
        assertTrue(e.getMessage().startsWith("invalid hostname '" + hostname + "'"), e.getMessage());
        assertTrue(spec.linux.namespaces.isEmpty());
        assertNull(spec.hostname);
    }

    @Test
    void hostModeSetsNoNamespaceAndNoHostname() {
        Spec spec = new Spec();
        spec.linux.putNamespace(new LinuxNamespace("uts", null));
        spec.hostname = "stale";
        ContainerConfig config = ContainerConfig.builder("busybox").utsMode(NamespaceMode.HOST).build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of()));
        assertTrue(spec.linux.namespaces.isEmpty());
        assertNull(spec.hostname);
    }

    @Test
    void containerModeJoinsOtherUtsNamespaceWithoutHostname() {
        Spec spec = contribute(provider,
                ContainerConfig.builder("busybox").utsMode(NamespaceMode.container("web")).build());
        assertEquals(List.of(new LinuxNamespace("uts", "/proc/77/ns/uts")), spec.linux.namespaces);
        assertNull(spec.hostname);
    }

    @Test
    void hostnameWithSharedUtsNamespaceIsAConflict() {
        ContainerConfig config = ContainerConfig.builder("busybox").utsMode(NamespaceMode.HOST).hostname("h").build();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> contribute(provider, config));
        assertTrue(e.getMessage().contains("--hostname h and --uts=host"), e.getMessage());
    }

    @Test
    void containerModeWithoutTargetIsRejected() {
        ContainerConfig config = ContainerConfig.builder("busybox")
                .utsMode(new NamespaceMode(NamespaceMode.Kind.CONTAINER, " ")).build();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> contribute(provider, config));
        assertTrue(e.getMessage().startsWith("invalid --uts mode"), e.getMessage());
    }
}
