package io.gantry.daemon.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the Docker API daemon, merged from the PIDs io.gantry.engine and io.gantry.daemon. bnd refuses
 * {@code @Designate} on a component with two PIDs, so the metatype designate comes from {@code pid} here.
 */
@ObjectClassDefinition(pid = "io.gantry.daemon", name = "Gantry daemon",
        description = "The Docker Engine API on a Unix socket")
public @interface DaemonConfig {
    @AttributeDefinition(description = "Root of persistent engine data")
    String data_root() default "/var/lib/gantry";

    @AttributeDefinition(description = "Root of runtime state (sockets, pid files)")
    String run_root() default "/run/gantry";

    @AttributeDefinition(description = "Path of the API socket; empty means <run.root>/gantry.sock")
    String socket() default "";
}
