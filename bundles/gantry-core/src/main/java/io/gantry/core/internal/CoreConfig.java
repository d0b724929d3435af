package io.gantry.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the container engine, merged from the PIDs io.gantry.engine and io.gantry.core. bnd refuses
 * {@code @Designate} on a component with two PIDs, so the metatype designate comes from {@code pid} here.
 */
@ObjectClassDefinition(pid = "io.gantry.core", name = "Gantry core",
        description = "Container lifecycle defaults and storage roots")
public @interface CoreConfig {
    @AttributeDefinition(description = "Root of persistent engine data")
    String data_root() default "/var/lib/gantry";

    @AttributeDefinition(description = "Root of runtime state (sockets, pid files)")
    String run_root() default "/run/gantry";

    @AttributeDefinition(description = "Parent cgroup of every container")
    String cgroup_parent() default "gantry";

    @AttributeDefinition(description = "OCI runtime used when a container names none")
    String runtime_default() default "runc";

    @AttributeDefinition(description = "Storage driver; vfs is used when this one is missing or unsupported")
    String storage_default() default "overlay";

    @AttributeDefinition(description = "Network mode used when a container names none: the predefined bridge"
            + " network, as in Docker, or none, host or a network's name")
    String network_default() default "bridge";

    @AttributeDefinition(description = "Seconds to wait for a container to stop before SIGKILL")
    int stop_timeout() default 10;

    @AttributeDefinition(description = "The static init binary that --init runs as pid 1 of a container; empty for"
            + " the first of /usr/bin/tini-static and /usr/bin/docker-init that exists")
    String init_binary() default "";
}
