package io.gantry.ns.cgroup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.FakeSpecContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CgroupNamespaceProviderTest {
    private final CgroupNamespaceProvider provider = new CgroupNamespaceProvider();

    @Test
    void typeIsCgroup() {
        assertEquals(NamespaceType.CGROUP, provider.type());
    }

    @Test
    void alwaysAddsOnePrivateCgroupNamespace() {
        Spec spec = new Spec();
        spec.linux.putNamespace(new LinuxNamespace("cgroup", "/proc/1/ns/cgroup"));
        ContainerConfig config = ContainerConfig.builder("busybox")
                .pidMode(NamespaceMode.HOST).networkMode("host").build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of()));
        provider.contribute(spec, new FakeSpecContext(config, Map.of()));
        assertEquals(List.of(new LinuxNamespace("cgroup", null)), spec.linux.namespaces);
    }
}
