package io.gantry.core.internal.settings;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The engine core's defaults for new containers, and how long it waits for its providers. */
@ObjectClassDefinition(pid = EngineSettings.PID, name = "Gantry core",
        description = "Container lifecycle defaults and provider time limits; changes apply without a restart")
public @interface CoreConfig {
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

    @AttributeDefinition(description = "Seconds a call into a provider (runtime, shim, driver, namespace or cgroup"
            + " bundle) may take before it fails naming the provider, so that a hung provider never stalls the engine")
    int provider_timeout() default 60;

    @AttributeDefinition(description = "Seconds a storage driver may take to unpack one image layer")
    int layer_timeout() default 600;

    @AttributeDefinition(description = "Log driver of containers that name none: json-file (as Docker), local,"
            + " k8s-file or none")
    String log_driver() default "json-file";

    @AttributeDefinition(description = "Options of the default log driver, as key=value pairs separated by commas,"
            + " such as max-size=10m,max-file=3; a container naming that driver, or none, gets those it leaves unset")
    String log_opts() default "";
}
