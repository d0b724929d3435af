package io.gantry.ns.pid.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.namespace.Namespaces;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import org.osgi.service.component.annotations.Component;

/** The pid namespace: private (the container's init is pid 1), the host's, or another container's. */
@Component(service = NamespaceProvider.class)
public class PidNamespaceProvider implements NamespaceProvider {

    @Override
    public NamespaceType type() {
        return NamespaceType.PID;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        NamespaceMode mode = context.config().pidMode();
        if (mode.kind() == NamespaceMode.Kind.CONTAINER && (mode.target() == null || mode.target().isBlank())) {
            throw new InvalidArgumentException("invalid --pid mode '" + mode + "': expected container:<name|id>");
        }
        Namespaces.apply(spec, context, NamespaceType.PID, mode);
    }
}
