package io.gantry.api.namespace;

import io.gantry.api.container.NamespaceMode;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;

/** The private / host / container:&lt;ref&gt; logic that several namespace providers share. */
public final class Namespaces {
    private Namespaces() {
    }

    /**
     * Private: a new namespace. Host: no entry, so the container stays in the host's. Container: the
     * namespace of that container's init process.
     */
    public static void apply(Spec spec, SpecContext context, NamespaceType type, NamespaceMode mode) {
        switch (mode.kind()) {
            case PRIVATE -> spec.linux.putNamespace(new LinuxNamespace(type.ociName(), null));
            case HOST -> spec.linux.namespaces.removeIf(n -> n.type().equals(type.ociName()));
            case CONTAINER -> spec.linux.putNamespace(
                    new LinuxNamespace(type.ociName(), type.procPath(context.initPidOf(mode.target()))));
        }
    }
}
