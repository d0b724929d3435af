package io.gantry.core.internal.spec;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.SecurityOptions;
import io.gantry.api.oci.Capabilities;
import io.gantry.api.oci.LinuxResources.DeviceRule;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.core.internal.mounts.MountChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * --privileged, --read-only, --cap-add, --cap-drop and no-new-privileges, applied once every mount is in the spec.
 * A read-only root also makes the engine's own mounts read-only (its /etc files and /sys among them) but for
 * /proc and the /dev file systems, as Docker does; the user's mounts keep their own flags. A privileged
 * container gets every capability and host device, no masked or read-only /proc and /sys paths, and a
 * writable /sys.
 */
final class SecuritySpec {
    private static final Set<String> STAY_WRITABLE = Set.of("/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue");
    private static final Set<String> WRITABLE_WHEN_PRIVILEGED = Set.of("/sys", "/sys/fs/cgroup");
    private static final String READ_ONLY = "ro";

    private SecuritySpec() {
    }

    static void apply(Spec spec, ContainerConfig config) {
        SecurityOptions security = config.security();
        spec.process.capabilities = Capabilities.of(CapabilitySet.of(security));
        spec.process.noNewPrivileges = security.noNewPrivileges();
        if (security.readOnlyRootfs()) {
            makeReadOnly(spec, config);
        }
        if (security.privileged()) {
            unconfine(spec);
        }
    }

    private static void makeReadOnly(Spec spec, ContainerConfig config) {
        spec.root.readonly = true;
        Set<String> userTargets = config.mounts().stream().map(MountChecks::normalTarget).collect(Collectors.toSet());
        for (int i = 0; i < spec.mounts.size(); i++) {
            Mount mount = spec.mounts.get(i);
            if (!STAY_WRITABLE.contains(mount.destination()) && !userTargets.contains(mount.destination())
                    && !SpecMounts.options(mount).contains(READ_ONLY)) {
                SpecMounts.changeOptions(spec, i, options -> {
                    options.add(READ_ONLY);
                    return options;
                });
            }
        }
    }

    private static void unconfine(Spec spec) {
        spec.linux.maskedPaths.clear();
        spec.linux.readonlyPaths.clear();
        for (int i = 0; i < spec.mounts.size(); i++) {
            if (WRITABLE_WHEN_PRIVILEGED.contains(spec.mounts.get(i).destination())) {
                SpecMounts.changeOptions(spec, i, options -> {
                    options.removeIf(READ_ONLY::equals);
                    return options;
                });
            }
        }
        spec.linux.devices.addAll(DeviceNodes.onHost());
        spec.linux.resources.devices = new ArrayList<>(List.of(new DeviceRule(true, null, null, null, "rwm")));
    }
}
