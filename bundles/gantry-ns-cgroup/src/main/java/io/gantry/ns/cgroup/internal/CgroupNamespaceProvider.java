package io.gantry.ns.cgroup.internal;

import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import org.osgi.service.component.annotations.Component;

/**
 * The cgroup namespace, always private: the container sees its own cgroup as the root of /proc/self/cgroup
 * and of /sys/fs/cgroup, and none of the host's hierarchy above it.
 */
@Component(service = NamespaceProvider.class)
public class CgroupNamespaceProvider implements NamespaceProvider {

    @Override
    public NamespaceType type() {
        return NamespaceType.CGROUP;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        spec.linux.putNamespace(new LinuxNamespace(NamespaceType.CGROUP.ociName(), null));
    }
}
