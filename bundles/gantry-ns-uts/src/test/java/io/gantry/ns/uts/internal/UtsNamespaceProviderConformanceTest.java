package io.gantry.ns.uts.internal;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.testkit.conformance.NamespaceProviderConformanceTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The uts provider runs the namespace provider suite with --uts private, host and container:&lt;ref&gt;; it refuses
 * hostnames that are no RFC 1123 names, and any hostname with a shared uts namespace.
 */
class UtsNamespaceProviderConformanceTest extends NamespaceProviderConformanceTest {
    private static final List<String> INVALID_HOSTNAMES = List.of("", "under_score", "-leading", "trailing-", "a..b",
            "new\nline", "x23456789012345678901234567890123456789012345678901234567890123456");

    @Override
    protected NamespaceProvider createProvider() {
        return new UtsNamespaceProvider();
    }

    @Override
    protected Optional<ContainerConfig> configFor(NamespaceMode mode) {
        return Optional.of(ContainerConfig.builder("busybox").utsMode(mode).build());
    }

    @Override
    protected Map<String, ContainerConfig> invalidConfigs() {
        Map<String, ContainerConfig> invalid = new LinkedHashMap<>();
        for (String hostname : INVALID_HOSTNAMES) {
            invalid.put("invalid hostname '" + hostname + "'", ContainerConfig.builder("busybox").hostname(hostname)
                    .build());
        }
        invalid.put("--hostname h and --uts=host", ContainerConfig.builder("busybox").utsMode(NamespaceMode.HOST)
                .hostname("h").build());
        invalid.put("invalid --uts mode 'container: '", ContainerConfig.builder("busybox")
                .utsMode(new NamespaceMode(NamespaceMode.Kind.CONTAINER, " ")).build());
        return invalid;
    }
}
