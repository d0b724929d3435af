package io.gantry.core.internal.health;

import io.gantry.api.container.health.Health;
import io.gantry.api.container.health.HealthResult;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;

/**
 * Records a probe's result in the container's record under its lock, saved so that it outlives the engine, and
 * publishes Docker's "health_status: healthy|unhealthy" event when the status changes.
 */
final class HealthRecorder {
    private final StateStore state;
    private final ContainerEvents events;

    HealthRecorder(StateStore state, ContainerEvents events) {
        this.state = state;
        this.events = events;
    }

    void record(ProbeLoop loop, HealthResult result) {
        ContainerHandle handle = loop.handle();
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (handle.isRemoved() || !loop.isCurrentFor(record)) {
                return;
            }
            Health before = record.health;
            record.health = HealthRules.afterProbe(before, result, record.config.healthcheck(), record.startedAt);
            state.records().save(handle);
            if (before == null || before.status() != record.health.status()) {
                events.publish(handle.view(), "health_status: " + record.health.status().wireName());
            }
        });
    }
}
