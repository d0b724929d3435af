package io.gantry.net.cni.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The engine-wide roots, from the shared PID io.gantry.engine. */
@ObjectClassDefinition(name = "Gantry engine", description = "Where the engine keeps its files")
public @interface EngineConfig {
    @AttributeDefinition(description = "Persistent data; the CNI driver keeps plugin results under <data.root>/cni")
    String data_root() default "/var/lib/gantry";

    @AttributeDefinition(description = "Runtime state, gone after a reboot")
    String run_root() default "/run/gantry";
}
