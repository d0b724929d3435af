package io.gantry.shim.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the conmon shim, merged from the PIDs io.gantry.engine and io.gantry.shim.conmon. bnd
 * refuses {@code @Designate} on a component with two PIDs, so the metatype designate comes from {@code pid}.
 */
@ObjectClassDefinition(pid = "io.gantry.shim.conmon", name = "Gantry conmon shim",
        description = "One conmon per container; its files are kept under <run.root>/shim")
public @interface ConmonConfig {
    @AttributeDefinition(description = "The conmon executable")
    String binary() default "/usr/bin/conmon";

    @AttributeDefinition(description = "Seconds conmon may take to have the runtime create a container")
    int create_timeout() default 30;
}
