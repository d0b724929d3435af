package io.gantry.core.internal.lifecycle;

import io.gantry.api.ConflictException;
import io.gantry.api.container.ContainerState;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.core.internal.health.HealthRules;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;

/** Freezes and thaws every process of a container through the runtime (the cgroup freezer). */
final class ContainerPauser {
    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerEvents events;

    ContainerPauser(StateStore state, ProviderDirectory providers, ContainerEvents events) {
        this.state = state;
        this.providers = providers;
        this.events = events;
    }

    void pause(ContainerHandle handle) {
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (record.state == ContainerState.PAUSED) {
                throw new ConflictException("container " + record.name + " is already paused");
            }
            if (record.state != ContainerState.RUNNING || handle.isRemoved()) {
                throw new ConflictException("container " + record.name + " is not running");
            }
            OciRuntime runtime = providers.runtime(record.runtime);
            providers.run("runtime " + runtime.name(), () -> runtime.pause(record.id));
            record.state = ContainerState.PAUSED;
            record.health = HealthRules.stopped(record.health);
            state.records().save(handle);
            events.publish(handle.view(), "pause");
        });
    }

    void unpause(ContainerHandle handle) {
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (record.state != ContainerState.PAUSED || handle.isRemoved()) {
                throw new ConflictException("container " + record.name + " is not paused");
            }
            thaw(handle);
            events.publish(handle.view(), "unpause");
        });
    }

    /**
     * Resumes a paused container and records it as running; the caller holds the lock. runc thaws a container
     * itself after SIGKILL, so a container that is no longer paused is not an error.
     */
    void thaw(ContainerHandle handle) {
        ContainerRecord record = handle.record();
        OciRuntime runtime = providers.runtime(record.runtime);
        try {
            providers.run("runtime " + runtime.name(), () -> runtime.resume(record.id));
        } catch (RuntimeException e) {
            if (isPaused(runtime, record.id)) {
                throw e;
            }
        }
        record.state = ContainerState.RUNNING;
        state.records().save(handle);
    }

    private static boolean isPaused(OciRuntime runtime, String id) {
        try {
            return runtime.state(id).status().equals("paused");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
