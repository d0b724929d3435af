package io.gantry.ns.cgroup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.conformance.NamespaceProviderConformanceTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cgroup provider runs the namespace provider suite; its namespace is private or the host's. */
class CgroupNamespaceProviderConformanceTest extends NamespaceProviderConformanceTest {
    @Override
    protected NamespaceProvider createProvider() {
        return new CgroupNamespaceProvider();
    }

    @Override
    protected Optional<ContainerConfig> configFor(NamespaceMode mode) {
        return mode.kind() == NamespaceMode.Kind.CONTAINER ? Optional.empty()
                : Optional.of(ContainerConfig.builder("busybox").cgroupnsMode(mode).build());
    }

    @Override
    protected Map<String, ContainerConfig> invalidConfigs() {
        return Map.of("--cgroupns mode 'container:peer'",
                ContainerConfig.builder("busybox").cgroupnsMode(NamespaceMode.container("peer")).build());
    }

    @Test
    void typeIsCgroup() {
        assertEquals(NamespaceType.CGROUP, provider.type());
    }

    @Test
    void staysPrivateWhenTheOtherNamespacesAreTheHosts() {
        Spec spec = new Spec();
        ContainerConfig config = ContainerConfig.builder("busybox")
                .pidMode(NamespaceMode.HOST).networkMode("host").build();
        provider.contribute(spec, context(config));
        assertEquals(List.of(new LinuxNamespace("cgroup", null)), spec.linux.namespaces);
    }
}
