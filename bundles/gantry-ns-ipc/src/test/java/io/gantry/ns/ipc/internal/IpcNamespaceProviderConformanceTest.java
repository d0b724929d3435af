package io.gantry.ns.ipc.internal;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.testkit.conformance.NamespaceProviderConformanceTest;
import java.util.Map;
import java.util.Optional;

/** The ipc provider runs the namespace provider suite with --ipc private, host and container:&lt;ref&gt;. */
class IpcNamespaceProviderConformanceTest extends NamespaceProviderConformanceTest {
    @Override
    protected NamespaceProvider createProvider() {
        return new IpcNamespaceProvider();
    }

    @Override
    protected Optional<ContainerConfig> configFor(NamespaceMode mode) {
        return Optional.of(ContainerConfig.builder("busybox").ipcMode(mode).build());
    }

    @Override
    protected Map<String, ContainerConfig> invalidConfigs() {
        return Map.of("invalid --ipc mode 'container:null'", ContainerConfig.builder("busybox")
                .ipcMode(new NamespaceMode(NamespaceMode.Kind.CONTAINER, null)).build());
    }
}
