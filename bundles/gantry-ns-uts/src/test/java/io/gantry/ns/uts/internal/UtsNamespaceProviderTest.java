package io.gantry.ns.uts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.FakeSpecContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

    @Test
    void hostModeClearsTheHostname() {
        Spec spec = new Spec();
        spec.hostname = "stale";
        ContainerConfig config = ContainerConfig.builder("busybox").utsMode(NamespaceMode.HOST).build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of()));
        assertNull(spec.hostname);
    }

    @Test
    void containerModeSetsNoHostname() {
        Spec spec = contribute(provider,
                ContainerConfig.builder("busybox").utsMode(NamespaceMode.container("web")).build());
        assertNull(spec.hostname);
    }
}
