package io.gantry.image.internal;

/**
 * The engine-wide setting the image service reads from PID io.gantry.engine. That PID's metatype
 * belongs to the engine core, so this is a plain component property type.
 */
public @interface EngineRoots {
    String data_root() default "/var/lib/gantry";
}
