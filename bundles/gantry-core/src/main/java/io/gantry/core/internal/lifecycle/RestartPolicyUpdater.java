package io.gantry.core.internal.lifecycle;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.RestartPolicy;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import java.util.Map;

/** {@code docker update --restart}: the policy holds from the container's next exit on. */
final class RestartPolicyUpdater {
    private final StateStore state;
    private final ContainerEvents events;

    RestartPolicyUpdater(StateStore state, ContainerEvents events) {
        this.state = state;
        this.events = events;
    }

    void update(ContainerHandle handle, RestartPolicy policy) {
        if (policy == null) {
            throw new InvalidArgumentException("a restart policy is required");
        }
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (record.state == ContainerState.REMOVING || handle.isRemoved()) {
                throw new ConflictException("cannot update container " + record.name + ": it is being removed");
            }
            if (record.config.autoRemove() && !policy.isNo()) {
                throw new ConflictException("cannot update the restart policy of container " + record.name
                        + ": it is removed when it exits (--rm)");
            }
            record.config = record.config.toBuilder().restartPolicy(policy).build();
            state.records().save(handle);
            events.publish(handle.view(), "update", Map.of());
        });
    }
}
