package io.gantry.net.bridge.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the bridge network driver, PID io.gantry.net.bridge. */
@ObjectClassDefinition(name = "Gantry bridge network driver")
public @interface BridgeConfig {
    @AttributeDefinition(description = "Name of the default network")
    String default_network() default "bridge";

    @AttributeDefinition(description = "Linux bridge of the default network")
    String bridge_name() default "gantry0";

    @AttributeDefinition(description = "Subnet of the default network; empty picks a free one")
    String default_subnet() default "";

    @AttributeDefinition(description = "Prefix of the Linux bridges of user-defined networks (the network id follows)")
    String bridge_prefix() default "gtbr-";

    @AttributeDefinition(description = "Prefix of the iptables chains the driver owns")
    String chain_prefix() default "GANTRY";

    @AttributeDefinition(description = "Turn on net.ipv4.ip_forward when a network with outbound access is created")
    boolean ip_forward() default true;
}
