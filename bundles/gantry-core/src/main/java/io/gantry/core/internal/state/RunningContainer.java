package io.gantry.core.internal.state;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;

/** The check every operation on a container's live processes starts with. */
public final class RunningContainer {
    private RunningContainer() {
    }

    /** @throws ConflictException "container x is not running" */
    public static Container require(ContainerHandle handle) {
        Container container = handle.view();
        if (handle.isRemoved() || container.state() != ContainerState.RUNNING) {
            throw new ConflictException("container " + container.name() + " is not running");
        }
        return container;
    }

    /** Exec needs the processes thawed. @throws ConflictException "container x is paused, unpause it first" */
    public static Container requireUnpaused(ContainerHandle handle) {
        Container container = handle.view();
        if (!handle.isRemoved() && container.state() == ContainerState.PAUSED) {
            throw new ConflictException("container " + container.name() + " is paused, unpause it first");
        }
        return require(handle);
    }
}
