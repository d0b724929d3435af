package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import java.util.Set;

/**
 * --sysctl: only the kernel parameters that belong to the container's own ipc or network namespace, as Docker
 * allows them, and only when that namespace is not the host's.
 */
final class Sysctls {
    private static final Set<String> IPC = Set.of("kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
            "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced");
    private static final String MQUEUE_PREFIX = "fs.mqueue.";
    private static final String NET_PREFIX = "net.";

    private Sysctls() {
    }

    static void check(ContainerConfig config) {
        config.sysctls().forEach((name, value) -> {
            if (name.startsWith(NET_PREFIX)) {
                if ("host".equals(config.networkMode())) {
                    throw new InvalidArgumentException("sysctl " + name + " is not allowed in host network namespace");
                }
            } else if (IPC.contains(name) || name.startsWith(MQUEUE_PREFIX)) {
                if (config.ipcMode().kind() == NamespaceMode.Kind.HOST) {
                    throw new InvalidArgumentException("sysctl " + name + " is not allowed in host ipc namespace");
                }
            } else {
                throw new InvalidArgumentException("sysctl " + name + " is not allowed: only the namespaced "
                        + String.join(", ", IPC.stream().sorted().toList()) + ", fs.mqueue.* and net.* are");
            }
            if (value == null || value.isBlank()) {
                throw new InvalidArgumentException("sysctl " + name + " needs a value");
            }
        });
    }
}
