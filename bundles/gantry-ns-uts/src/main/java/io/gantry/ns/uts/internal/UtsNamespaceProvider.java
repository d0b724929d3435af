package io.gantry.ns.uts.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.namespace.Hostnames;
import io.gantry.api.namespace.Namespaces;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import org.osgi.service.component.annotations.Component;

/**
 * The uts namespace. A private one gets the hostname (--hostname, or the short container id); with the host's
 * or another container's namespace the hostname is theirs, so none is set and --hostname is refused.
 */
@Component(service = NamespaceProvider.class)
public class UtsNamespaceProvider implements NamespaceProvider {

    @Override
    public NamespaceType type() {
        return NamespaceType.UTS;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        ContainerConfig config = context.config();
        NamespaceMode mode = config.utsMode();
        if (mode.kind() == NamespaceMode.Kind.CONTAINER && (mode.target() == null || mode.target().isBlank())) {
            throw new InvalidArgumentException("invalid --uts mode '" + mode + "': expected container:<name|id>");
        }
        if (mode.kind() == NamespaceMode.Kind.PRIVATE) {
            String hostname = Hostnames.forPrivateUts(config.hostname(), context.containerId());
            Namespaces.apply(spec, context, NamespaceType.UTS, mode);
            spec.hostname = hostname;
            return;
        }
        if (config.hostname() != null) {
            throw new InvalidArgumentException("conflicting options: --hostname " + config.hostname()
                    + " and --uts=" + mode + " (the hostname belongs to the shared uts namespace)");
        }
        Namespaces.apply(spec, context, NamespaceType.UTS, mode);
        spec.hostname = null;
    }
}
