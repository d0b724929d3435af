package io.gantry.api.container;

import io.gantry.api.container.health.Health;
import io.gantry.api.network.NetworkAttachment;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one container, as {@code inspect} shows it.
 *
 * @param pid host pid of the container's init process while it runs, else 0
 * @param exitCode the last exit code, or null if it never exited
 * @param error why the last start or the last exit went wrong, or null
 * @param networks the driver networks it is connected to; address and ports are set while it runs
 * @param health its health once it started with a health check, else null
 */
public record Container(
        String id,
        String name,
        String imageId,
        ContainerConfig config,
        ContainerState state,
        Instant created,
        Instant startedAt,
        Instant finishedAt,
        int pid,
        Integer exitCode,
        boolean oomKilled,
        String error,
        String runtime,
        String storageDriver,
        String rootfs,
        String logPath,
        int restartCount,
        List<NetworkAttachment> networks,
        Health health) {

    public Container {
        networks = networks == null ? List.of() : List.copyOf(networks);
    }

    /** A container without health state. */
    public Container(String id, String name, String imageId, ContainerConfig config, ContainerState state,
            Instant created, Instant startedAt, Instant finishedAt, int pid, Integer exitCode, boolean oomKilled,
            String error, String runtime, String storageDriver, String rootfs, String logPath, int restartCount,
            List<NetworkAttachment> networks) {
        this(id, name, imageId, config, state, created, startedAt, finishedAt, pid, exitCode, oomKilled, error,
                runtime, storageDriver, rootfs, logPath, restartCount, networks, null);
    }

    /** A container on no driver network. */
    public Container(String id, String name, String imageId, ContainerConfig config, ContainerState state,
            Instant created, Instant startedAt, Instant finishedAt, int pid, Integer exitCode, boolean oomKilled,
            String error, String runtime, String storageDriver, String rootfs, String logPath, int restartCount) {
        this(id, name, imageId, config, state, created, startedAt, finishedAt, pid, exitCode, oomKilled, error,
                runtime, storageDriver, rootfs, logPath, restartCount, List.of());
    }

    /** This container with {@code newHealth}. */
    public Container withHealth(Health newHealth) {
        return new Container(id, name, imageId, config, state, created, startedAt, finishedAt, pid, exitCode,
                oomKilled, error, runtime, storageDriver, rootfs, logPath, restartCount, networks, newHealth);
    }

    public String shortId() {
        return id.substring(0, 12);
    }
}
