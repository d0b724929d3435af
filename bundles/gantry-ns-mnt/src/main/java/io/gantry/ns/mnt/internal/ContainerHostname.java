package io.gantry.ns.mnt.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.namespace.Hostnames;
import io.gantry.api.spec.SpecContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hostname the container will have, computed the way the uts provider sets it (that provider may run
 * before or after this one): --hostname or the short id in a private uts namespace, the host's hostname with
 * --uts=host, and the other container's /etc/hostname with --uts=container:&lt;ref&gt; (the short id if it
 * has none).
 */
final class ContainerHostname {
    private static final Path KERNEL_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    private ContainerHostname() {
    }

    static String of(SpecContext context) {
        ContainerConfig config = context.config();
        return switch (config.utsMode().kind()) {
            case HOST -> read(KERNEL_HOSTNAME);
            case CONTAINER -> otherContainers(context, config.utsMode().target());
            case PRIVATE -> Hostnames.forPrivateUts(config.hostname(), context.containerId());
        };
    }

    private static String otherContainers(SpecContext context, String target) {
        Path hostnameFile = Path.of("/proc/" + context.initPidOf(target) + "/root/etc/hostname");
        if (!Files.isReadable(hostnameFile)) {
            return Hostnames.forPrivateUts(null, context.containerId());
        }
        return read(hostnameFile);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new FailedPreconditionException("cannot read the hostname from " + file + ": " + e.getMessage(), e);
        }
    }
}
