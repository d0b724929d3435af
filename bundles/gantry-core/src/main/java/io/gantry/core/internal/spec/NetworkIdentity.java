package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.network.MacAddresses;
import io.gantry.api.oci.Spec;
import io.gantry.core.internal.network.NetworkDirectory;
import java.util.Locale;

/** --domainname, set in the container's own UTS namespace, and --mac-address, which needs a network of its own. */
final class NetworkIdentity {
    private NetworkIdentity() {
    }

    static void check(ContainerConfig config) {
        if (config.domainname() != null && !config.domainname().isEmpty()
                && config.utsMode().kind() != NamespaceMode.Kind.PRIVATE) {
            throw new InvalidArgumentException("conflicting options: Domainname (--domainname) and UTS mode "
                    + config.utsMode().kind().name().toLowerCase(Locale.ROOT)
                    + ": the domain name is set in a UTS namespace of the container's own");
        }
        MacAddresses.normal("MacAddress (--mac-address)", config.macAddress());
        if (config.macAddress() != null && !NetworkDirectory.isDriverNetwork(config.networkMode())) {
            throw new InvalidArgumentException("conflicting options: mac-address and the network mode "
                    + config.networkMode());
        }
    }

    /** runc 1.1 ignores the spec's domainname, so it is also set as the UTS namespace's sysctl, as runc applies. */
    static void apply(Spec spec, ContainerConfig config) {
        if (config.domainname() != null && !config.domainname().isEmpty()) {
            spec.domainname = config.domainname();
            spec.linux.sysctl.putIfAbsent("kernel.domainname", config.domainname());
        }
    }
}
