package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.DeviceMapping;
import io.gantry.api.oci.LinuxDevice;
import io.gantry.api.oci.LinuxResources.DeviceRule;
import io.gantry.api.oci.Spec;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * --device: a host device node recreated in the container (by default at the same path) with the host's
 * numbers, mode and owner, and a device cgroup rule that allows the given access (default rwm).
 */
final class DeviceMappings {
    private static final String DEFAULT_PERMISSIONS = "rwm";

    private DeviceMappings() {
    }

    static void check(List<DeviceMapping> devices) {
        for (DeviceMapping device : devices) {
            node(device);
        }
    }

    static void apply(Spec spec, List<DeviceMapping> devices) {
        for (DeviceMapping device : devices) {
            LinuxDevice node = node(device);
            spec.linux.devices.removeIf(existing -> existing.path().equals(node.path()));
            spec.linux.devices.add(node);
            spec.linux.resources.devices.add(new DeviceRule(true, node.type(), node.major(), node.minor(),
                    permissions(device)));
        }
    }

    private static LinuxDevice node(DeviceMapping device) {
        String hostPath = device.hostPath();
        if (hostPath == null || !hostPath.startsWith("/")) {
            throw new InvalidArgumentException("invalid device " + hostPath + ": the host path must be absolute");
        }
        String containerPath = device.containerPath() == null || device.containerPath().isEmpty() ? hostPath
                : device.containerPath();
        if (!containerPath.startsWith("/")) {
            throw new InvalidArgumentException("invalid device " + hostPath + ":" + containerPath
                    + ": the container path must be absolute");
        }
        String permissions = permissions(device);
        if (permissions.isEmpty() || !permissions.matches("[rwm]+") || permissions.chars().distinct().count()
                != permissions.length()) {
            throw new InvalidArgumentException("invalid device mode: " + permissions);
        }
        try {
            return DeviceNodes.of(Path.of(hostPath), Path.of(containerPath).normalize().toString())
                    .orElseThrow(() -> notADevice(hostPath, "not a device node"));
        } catch (IOException e) {
            throw notADevice(hostPath, e instanceof NoSuchFileException ? "no such file or directory" : e.getMessage());
        }
    }

    private static String permissions(DeviceMapping device) {
        return device.permissions() == null || device.permissions().isEmpty() ? DEFAULT_PERMISSIONS
                : device.permissions();
    }

    private static InvalidArgumentException notADevice(String hostPath, String reason) {
        return new InvalidArgumentException("error gathering device information while adding custom device \""
                + hostPath + "\": " + reason);
    }
}
