package io.gantry.shell.internal;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import java.time.Instant;

/** Container records for tests. */
public final class Containers {
    private Containers() {
    }

    /** A 64-character id whose short form is {@code prefix} repeated to 12 characters. */
    public static String id(String prefix) {
        return prefix.repeat(64 / prefix.length() + 1).substring(0, 64);
    }

    public static Container created(String id, String name, ContainerConfig config, Instant created) {
        return new Container(id, name, "sha256:" + id, config, ContainerState.CREATED, created, null, null, 0, null,
                false, null, "runc", "overlay", "/rootfs", "/log", 0);
    }

    public static Container running(Container c, Instant startedAt) {
        return new Container(c.id(), c.name(), c.imageId(), c.config(), ContainerState.RUNNING, c.created(), startedAt,
                null, 4242, null, false, null, c.runtime(), c.storageDriver(), c.rootfs(), c.logPath(), 0);
    }

    public static Container exited(Container c, Instant startedAt, Instant finishedAt, int exitCode) {
        return new Container(c.id(), c.name(), c.imageId(), c.config(), ContainerState.EXITED, c.created(), startedAt,
                finishedAt, 0, exitCode, false, null, c.runtime(), c.storageDriver(), c.rootfs(), c.logPath(), 0);
    }
}
