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

/** The cgroup provider runs the namespace provider suite; its namespace is always private. */
class CgroupNamespaceProviderConformanceTest extends NamespaceProviderConformanceTest {
    @Override
    protected NamespaceProvider createProvider() {
        return new CgroupNamespaceProvider();
    }

    @Override
    protected Optional<ContainerConfig> configFor(NamespaceMode mode) {
        return onlyPrivate(mode);
    }

    @Override
    protected Map<String, ContainerConfig> invalidConfigs() {
        return Map.of();
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
