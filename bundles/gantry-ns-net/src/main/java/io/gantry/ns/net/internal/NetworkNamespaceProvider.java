package io.gantry.ns.net.internal;

import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.namespace.Namespaces;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import java.nio.file.Path;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The network namespace. {@code host} keeps the host's; {@code container:<ref>} joins that container's; any
 * other mode ({@code none} or a network name) gets the namespace a network driver prepared, or else a new
 * one that holds only the loopback interface.
 */
@Component(service = NamespaceProvider.class)
public class NetworkNamespaceProvider implements NamespaceProvider {
    private static final String HOST = "host";
    private static final String CONTAINER_PREFIX = "container:";

    @Override
    public NamespaceType type() {
        return NamespaceType.NET;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        String networkMode = context.config().networkMode();
        if (HOST.equals(networkMode)) {
            Namespaces.apply(spec, context, NamespaceType.NET, NamespaceMode.HOST);
        } else if (networkMode != null && networkMode.startsWith(CONTAINER_PREFIX)) {
            Namespaces.apply(spec, context, NamespaceType.NET, NamespaceMode.parse("--network", networkMode));
        } else {
            Optional<Path> prepared = context.networkNamespace();
            spec.linux.putNamespace(new LinuxNamespace(NamespaceType.NET.ociName(),
                    prepared.map(Path::toString).orElse(null)));
        }
    }
}
