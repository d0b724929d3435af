package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.DeviceMapping;
import java.util.List;

/**
 * Parses --device values as the docker CLI does: {@code host[:container][:permissions]}, where a second
 * field made of r, w and m is the permissions; the container path defaults to the host path and the
 * permissions to rwm.
 */
public final class DeviceSpecs {
    private static final String PERMISSIONS = "[rwm]+";

    private DeviceSpecs() {
    }

    public static List<DeviceMapping> parse(List<String> specs) {
        return specs.stream().map(DeviceSpecs::parse).toList();
    }

    public static DeviceMapping parse(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length > 3 || parts[0].isEmpty()) {
            throw invalid(spec);
        }
        String host = parts[0];
        String container = host;
        String permissions = "rwm";
        if (parts.length == 2 && parts[1].matches(PERMISSIONS)) {
            permissions = parts[1];
        } else if (parts.length >= 2) {
            container = parts[1];
        }
        if (parts.length == 3) {
            if (!parts[2].matches(PERMISSIONS)) {
                throw invalid(spec);
            }
            permissions = parts[2];
        }
        if (!host.startsWith("/") || !container.startsWith("/")) {
            throw invalid(spec);
        }
        return new DeviceMapping(host, container, permissions);
    }

    private static InvalidArgumentException invalid(String spec) {
        return new InvalidArgumentException("invalid device '" + spec
                + "': expected /host/path[:/container/path][:permissions of r, w and m]");
    }
}
