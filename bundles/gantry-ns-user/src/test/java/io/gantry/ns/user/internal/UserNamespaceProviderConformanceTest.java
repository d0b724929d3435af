package io.gantry.ns.user.internal;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.testkit.ConfigAnnotations;
import io.gantry.testkit.conformance.NamespaceProviderConformanceTest;
import java.util.Map;
import java.util.Optional;

/**
 * The user provider runs the namespace provider suite: --userns is its private mode, and a container without it
 * stays in the host's user namespace; no container joins another's.
 */
class UserNamespaceProviderConformanceTest extends NamespaceProviderConformanceTest {
    @Override
    protected NamespaceProvider createProvider() {
        return new UserNamespaceProvider(ConfigAnnotations.of(UserNamespaceConfig.class, Map.of()));
    }

    @Override
    protected Optional<ContainerConfig> configFor(NamespaceMode mode) {
        return switch (mode.kind()) {
            case PRIVATE -> Optional.of(ContainerConfig.builder("busybox").userns(true).build());
            case HOST -> Optional.of(ContainerConfig.builder("busybox").build());
            case CONTAINER -> Optional.empty();
        };
    }

    @Override
    protected Map<String, ContainerConfig> invalidConfigs() {
        return Map.of("conflicting options: --userns and --pid=container:" + PEER, ContainerConfig.builder("busybox")
                .userns(true).pidMode(NamespaceMode.container(PEER)).build());
    }
}
