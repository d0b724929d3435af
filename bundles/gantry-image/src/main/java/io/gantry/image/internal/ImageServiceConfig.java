package io.gantry.image.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the image service itself. The component also reads PID io.gantry.engine, and bnd allows
 * {@code @Designate} only on single-PID components, so the OCD designates its PID itself.
 */
@ObjectClassDefinition(pid = "io.gantry.image", name = "Gantry image service",
        description = "Images and their content, kept under <data.root>/image")
public @interface ImageServiceConfig {
    @AttributeDefinition(name = "Busybox path", description = "The static busybox the built-in image is made of")
    String busybox_path() default "/bin/busybox";

    @AttributeDefinition(name = "Create busybox on demand",
            description = "Make the busybox:latest image from the host's busybox when it is asked for and missing")
    boolean busybox_auto() default true;

    @AttributeDefinition(name = "Insecure registries", description = "Comma-separated host or host:port of "
            + "registries to reach over plain http; loopback registries always are")
    String insecure_registries() default "";

    @AttributeDefinition(name = "Registry logins file", description = "Docker config.json-style file of registry"
            + " logins (\"auths\"); empty means <data.root>/image/auth.json")
    String auth_config() default "";

    @AttributeDefinition(name = "Registry timeout", description = "Seconds a registry may take to accept a "
            + "connection, and then to answer each request")
    int registry_timeout() default 30;
}
