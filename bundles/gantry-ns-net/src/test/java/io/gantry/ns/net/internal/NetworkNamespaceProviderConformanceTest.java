package io.gantry.ns.net.internal;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.testkit.conformance.NamespaceProviderConformanceTest;
import java.util.Map;
import java.util.Optional;

/** The network provider runs the namespace provider suite with --network (default), host and container:&lt;ref&gt;. */
class NetworkNamespaceProviderConformanceTest extends NamespaceProviderConformanceTest {
    @Override
    protected NamespaceProvider createProvider() {
        return new NetworkNamespaceProvider();
    }

    @Override
    protected Optional<ContainerConfig> configFor(NamespaceMode mode) {
        String networkMode = switch (mode.kind()) {
            case PRIVATE -> null;
            case HOST -> "host";
            case CONTAINER -> "container:" + mode.target();
        };
        return Optional.of(ContainerConfig.builder("busybox").networkMode(networkMode).build());
    }

    @Override
    protected Map<String, ContainerConfig> invalidConfigs() {
        return Map.of("invalid --network mode 'container:'",
                ContainerConfig.builder("busybox").networkMode("container:").build());
    }
}
