package io.gantry.ns.mnt.internal;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.oci.Mount;
import io.gantry.api.spec.SpecContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The file systems Docker gives every container.
 *
 * <p>In a new user namespace the kernel mounts proc, sysfs and mqueue only for pid, network and ipc
 * namespaces that the new user namespace owns. When such a namespace is shared instead, /proc and /sys
 * become binds of the host's, and /dev/mqueue is left out (the queues still work through mq_open).
 */
final class StandardMounts {
    private static final List<String> NO_SUID_EXEC_DEV = List.of("nosuid", "noexec", "nodev");

    private StandardMounts() {
    }

    static List<Mount> of(SpecContext context) {
        ContainerConfig config = context.config();
        boolean userns = config.userns();
        List<Mount> mounts = new ArrayList<>();
        if (userns && config.pidMode().kind() == NamespaceMode.Kind.HOST) {
            mounts.add(Mount.bind("/proc", "/proc", "nosuid", "noexec", "nodev"));
        } else {
            mounts.add(new Mount("/proc", "proc", "proc", NO_SUID_EXEC_DEV));
        }
        mounts.add(new Mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")));
        mounts.add(new Mount("/dev/pts", "devpts", "devpts",
                List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")));
        if (userns && !hasNewNetworkNamespace(context)) {
            mounts.add(Mount.bind("/sys", "/sys", "nosuid", "noexec", "nodev", "ro"));
        } else {
            mounts.add(new Mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")));
        }
        mounts.add(new Mount("/sys/fs/cgroup", "cgroup", "cgroup",
                List.of("nosuid", "noexec", "nodev", "relatime", "ro")));
        if (!userns || config.ipcMode().kind() == NamespaceMode.Kind.PRIVATE) {
            mounts.add(new Mount("/dev/mqueue", "mqueue", "mqueue", NO_SUID_EXEC_DEV));
        }
        return mounts;
    }

    /** True when the runtime creates the network namespace, as the network provider does for these modes. */
    private static boolean hasNewNetworkNamespace(SpecContext context) {
        return !NetworkModes.sharesNamespace(context.config().networkMode()) && context.networkNamespace().isEmpty();
    }
}
