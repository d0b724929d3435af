package io.gantry.ns.mnt.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Gantry mount namespace",
        description = "Standard mounts and the /etc/hostname, /etc/hosts and /etc/resolv.conf of containers")
public @interface MountConfig {
    @AttributeDefinition(description = "The host's resolver configuration that containers' resolv.conf is made "
            + "from, e.g. /run/systemd/resolve/resolv.conf on a host that runs systemd-resolved")
    String host_resolv_conf() default "/etc/resolv.conf";
}
