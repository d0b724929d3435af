package io.gantry.runtime.oci.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the crun runtime, merged from the PIDs io.gantry.engine and io.gantry.runtime.crun. bnd
 * refuses {@code @Designate} on a component with two PIDs, so the metatype designate comes from {@code pid}.
 */
@ObjectClassDefinition(pid = "io.gantry.runtime.crun", name = "Gantry crun runtime",
        description = "Drives crun; its containers are kept under <run.root>/runtime/crun")
public @interface CrunConfig {
    @AttributeDefinition(description = "The crun executable; empty means search PATH")
    String binary() default "/usr/bin/crun";

    @AttributeDefinition(description = "Seconds a crun command may take before it is killed")
    int command_timeout() default 30;
}
