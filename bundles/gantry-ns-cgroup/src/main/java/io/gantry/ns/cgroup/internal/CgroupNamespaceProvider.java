package io.gantry.ns.cgroup.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.namespace.Namespaces;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import org.osgi.service.component.annotations.Component;

/**
 * The cgroup namespace (--cgroupns). A private one, the default, shows the container its own cgroup as the root of
 * /proc/self/cgroup and of /sys/fs/cgroup; with the host's it sees the whole hierarchy. Docker has no sharing with
 * another container here.
 */
@Component(service = NamespaceProvider.class)
public class CgroupNamespaceProvider implements NamespaceProvider {

    @Override
    public NamespaceType type() {
        return NamespaceType.CGROUP;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        NamespaceMode mode = context.config().cgroupnsMode();
        if (mode.kind() == NamespaceMode.Kind.CONTAINER) {
            throw new InvalidArgumentException("invalid --cgroupns mode '" + mode + "': expected host or private");
        }
        Namespaces.apply(spec, context, NamespaceType.CGROUP, mode);
    }
}
