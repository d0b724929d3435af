package io.gantry.net.bridge.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The engine-wide roots, from the shared PID io.gantry.engine. */
@ObjectClassDefinition(name = "Gantry engine", description = "Where the engine keeps its files")
public @interface EngineConfig {
    @AttributeDefinition(description = "Persistent data; the bridge driver uses <data.root>/network/bridge")
    String data_root() default "/var/lib/gantry";

    @AttributeDefinition(description = "Runtime state, gone after a reboot")
    String run_root() default "/run/gantry";
}
