package io.gantry.ns.mnt.internal;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.testkit.conformance.NamespaceProviderConformanceTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mount provider runs the namespace provider suite: its namespace is always private, and a hostname it cannot
 * write into /etc/hostname leaves no file behind.
 */
class MountNamespaceProviderConformanceTest extends NamespaceProviderConformanceTest {
    @TempDir
    Path hostEtc;

    @Override
    protected NamespaceProvider createProvider() {
        return new MountNamespaceProvider(TestConfigs.mountConfig(hostEtc.resolve("resolv.conf")));
    }

    @Override
    protected Optional<ContainerConfig> configFor(NamespaceMode mode) {
        return onlyPrivate(mode);
    }

    @Override
    protected Map<String, ContainerConfig> invalidConfigs() {
        return Map.of("invalid hostname 'bad_name'", ContainerConfig.builder("busybox").hostname("bad_name").build(),
                "invalid hostname '-leading'", ContainerConfig.builder("busybox").hostname("-leading").build());
    }
}
