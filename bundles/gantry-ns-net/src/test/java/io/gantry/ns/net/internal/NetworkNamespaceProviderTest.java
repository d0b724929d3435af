package io.gantry.ns.net.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.FakeSpecContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkNamespaceProviderTest {
    private static final Path PREPARED = Path.of("/run/gantry/netns/0123456789ab");
    private final NetworkNamespaceProvider provider = new NetworkNamespaceProvider();

    private Spec contribute(String networkMode, Optional<Path> prepared) {
        Spec spec = new Spec();
        ContainerConfig config = ContainerConfig.builder("busybox").networkMode(networkMode).build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of("proxy", 31337), prepared));
        return spec;
    }

    @Test
    void typeIsNet() {
        assertEquals(NamespaceType.NET, provider.type());
    }

    @ParameterizedTest
    @NullSource
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

    @Test
    void hostModeRemovesTheNetworkEntryAndKeepsSysMount() {
        Spec spec = new Spec();
        spec.linux.putNamespace(new LinuxNamespace("network", null));
        spec.linux.putNamespace(new LinuxNamespace("pid", null));
        spec.putMount(new Mount("/sys", "sysfs", "sysfs", List.of("ro")));
        ContainerConfig config = ContainerConfig.builder("busybox").networkMode("host").build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of(), Optional.empty()));
        assertEquals(List.of(new LinuxNamespace("pid", null)), spec.linux.namespaces);
        assertEquals("/sys", spec.mounts.get(0).destination());
    }

    @Test
    void containerModeJoinsThatContainersNetworkNamespace() {
        assertEquals(List.of(new LinuxNamespace("network", "/proc/31337/ns/net")),
                contribute("container:proxy", Optional.of(PREPARED)).linux.namespaces);
    }

    @Test
    void containerModeWithUnknownContainerFails() {
        Spec spec = new Spec();
        ContainerConfig config = ContainerConfig.builder("busybox").networkMode("container:nope").build();
        assertThrows(NotFoundException.class,
                () -> provider.contribute(spec, new FakeSpecContext(config, Map.of(), Optional.empty())));
        assertTrue(spec.linux.namespaces.isEmpty());
    }

    @Test
    void containerModeWithoutTargetIsRejected() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> contribute("container:", Optional.empty()));
        assertTrue(e.getMessage().startsWith("invalid --network mode 'container:'"), e.getMessage());
    }
}
