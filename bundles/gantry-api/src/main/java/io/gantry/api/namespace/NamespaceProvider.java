package io.gantry.api.namespace;

import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds one namespace, and the parts of the spec that belong to it, to a container's OCI spec.
 * Registered as a service; the engine calls every installed provider, one per type (highest ranking wins).
 */
@ConsumerType
public interface NamespaceProvider {
    NamespaceType type();

    /**
     * Adds this provider's part to {@code spec}.
     *
     * @throws io.gantry.api.InvalidArgumentException if the container's configuration asks for an
     *         unsupported mode
     */
    void contribute(Spec spec, SpecContext context);
}
