package io.gantry.api.container;

import java.time.Instant;

/**
 * A snapshot of one container, as {@code inspect} shows it.
 *
 * @param pid host pid of the container's init process while it runs, else 0
 * @param exitCode the last exit code, or null if it never exited
 * @param error why the last start or the last exit went wrong, or null
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
        int restartCount) {

    public String shortId() {
        return id.substring(0, 12);
    }
}
