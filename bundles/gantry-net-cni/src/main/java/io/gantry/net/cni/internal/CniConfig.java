package io.gantry.net.cni.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the CNI network driver, PID io.gantry.net.cni. */
@ObjectClassDefinition(name = "Gantry CNI network driver")
public @interface CniConfig {
    @AttributeDefinition(description = "Folder of the network configurations (*.conflist, *.conf); each is a network")
    String conf_dir() default "/etc/gantry/cni/net.d";

    @AttributeDefinition(description = "Folders searched for plugin binaries, separated by ':'")
    String plugin_dirs() default "/usr/lib/cni:/opt/cni/bin";

    @AttributeDefinition(description = "Seconds a plugin may run before it is killed and the operation fails")
    int plugin_timeout_seconds() default 30;
}
