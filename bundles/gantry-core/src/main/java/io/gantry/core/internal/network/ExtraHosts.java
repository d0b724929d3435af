package io.gantry.core.internal.network;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.IpAddress;
import io.gantry.api.oci.Spec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * --add-host name:address lines in the container's /etc/hosts. The address "host-gateway" stands for the
 * gateway of the container's first network.
 */
public final class ExtraHosts {
    public static final String HOST_GATEWAY = "host-gateway";
    private static final String TARGET = "/etc/hosts";

    private ExtraHosts() {
    }

    public static void check(ContainerConfig config) {
        if (!config.extraHosts().isEmpty() && config.networkMode().startsWith("container:")) {
            throw new InvalidArgumentException("conflicting options: custom host-to-IP mapping and the network mode");
        }
        for (String entry : config.extraHosts()) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new InvalidArgumentException("invalid extra host \"" + entry + "\": expected name:address");
            }
            String address = entry.substring(colon + 1);
            if (address.equals(HOST_GATEWAY)) {
                if (!NetworkDirectory.isDriverNetwork(config.networkMode())) {
                    throw new InvalidArgumentException("invalid extra host \"" + entry + "\": host-gateway needs a"
                            + " network with a gateway, not network mode " + config.networkMode());
                }
            } else if (!IpAddress.isIp(address)) {
                throw new InvalidArgumentException("invalid IP address in add-host: \"" + address + "\"");
            }
        }
    }

    /** @param gateway the gateway of the container's first network, null if it has none */
    public static void apply(Spec spec, Path bundleDir, ContainerConfig config, String gateway) {
        Path file = bundleDir.toAbsolutePath().resolve("hosts");
        boolean boundByEngine = spec.mounts.stream()
                .anyMatch(m -> m.destination().equals(TARGET) && file.toString().equals(m.source()));
        if (!boundByEngine || config.extraHosts().isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String entry : config.extraHosts()) {
            int colon = entry.indexOf(':');
            String address = entry.substring(colon + 1);
            if (address.equals(HOST_GATEWAY)) {
                if (gateway == null) {
                    throw new FailedPreconditionException("cannot resolve host-gateway of extra host \"" + entry
                            + "\": the container's network has no gateway");
                }
                address = gateway;
            }
            lines.add(address + "\t" + entry.substring(0, colon));
        }
        HostsFile.addExtraHosts(file, lines);
    }
}
