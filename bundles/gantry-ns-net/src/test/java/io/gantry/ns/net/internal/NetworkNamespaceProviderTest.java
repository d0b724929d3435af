package io.gantry.ns.net.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.FakeSpecContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkNamespaceProviderTest {
    private static final Path PREPARED = Path.of("/run/gantry/netns/0123456789ab");
    private final NetworkNamespaceProvider provider = new NetworkNamespaceProvider();

    private Spec contribute(String networkMode, Optional<Path> prepared) {
        Spec spec = new Spec();
        ContainerConfig config = ContainerConfig.builder("busybox").networkMode(networkMode).build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of(), prepared));
        return spec;
    }

    @Test
    void typeIsNet() {
        assertEquals(NamespaceType.NET, provider.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "bridge", "backend"})
    void withoutPreparedNamespaceGetsANewOne(String mode) {
        assertEquals(List.of(new LinuxNamespace("network", null)), contribute(mode, Optional.empty()).linux.namespaces);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bridge", "backend"})
    void usesTheNamespaceTheNetworkDriverPrepared(String mode) {
        assertEquals(List.of(new LinuxNamespace("network", PREPARED.toString())),
                contribute(mode, Optional.of(PREPARED)).linux.namespaces);
    }
}
