package io.gantry.ns.pid.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.testkit.conformance.NamespaceProviderConformanceTest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pid provider runs the namespace provider suite with --pid private, host and container:&lt;ref&gt;. */
class PidNamespaceProviderConformanceTest extends NamespaceProviderConformanceTest {
    @Override
    protected NamespaceProvider createProvider() {
        return new PidNamespaceProvider();
    }

    @Override
    protected Optional<ContainerConfig> configFor(NamespaceMode mode) {
        return Optional.of(ContainerConfig.builder("busybox").pidMode(mode).build());
    }

    @Override
    protected Map<String, ContainerConfig> invalidConfigs() {
        return Map.of("invalid --pid mode 'container:'", ContainerConfig.builder("busybox")
                .pidMode(new NamespaceMode(NamespaceMode.Kind.CONTAINER, "")).build());
    }

    @Test
    void typeIsPid() {
        assertEquals(NamespaceType.PID, provider.type());
    }
}
