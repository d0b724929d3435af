package io.gantry.api.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The engine-wide folders, from the PID {@value #PID} that every component which keeps files adds to its own.
 * A component takes this next to its own configuration type; both read the same merged properties.
 */
@ObjectClassDefinition(pid = "io.gantry.engine", name = "Gantry engine",
        description = "Where the engine keeps its files; shared by every component")
public @interface EngineRoots {
    String PID = "io.gantry.engine";

    @AttributeDefinition(description = "Root of persistent engine data")
    String data_root() default "/var/lib/gantry";

    @AttributeDefinition(description = "Root of runtime state (sockets, pid files), gone after a reboot")
    String run_root() default "/run/gantry";
}
