package io.gantry.runtime.oci.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the runc runtime, merged from the PIDs io.gantry.engine and io.gantry.runtime.runc. bnd
 * refuses {@code @Designate} on a component with two PIDs, so the metatype designate comes from {@code pid}.
 */
@ObjectClassDefinition(pid = "io.gantry.runtime.runc", name = "Gantry runc runtime",
        description = "Drives runc; its containers are kept under <run.root>/runtime/runc")
public @interface RuncConfig {
    @AttributeDefinition(description = "The runc executable; empty means search PATH")
    String binary() default "/usr/sbin/runc";

    @AttributeDefinition(description = "Seconds a runc command may take before it is killed")
    int command_timeout() default 30;
}
