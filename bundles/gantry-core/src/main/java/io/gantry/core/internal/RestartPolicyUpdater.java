package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.RestartPolicy;
import java.util.Map;

/** {@code docker update --restart}: the policy holds from the container's next exit on. */
final class RestartPolicyUpdater {
    private final EngineParts parts;

    RestartPolicyUpdater(EngineParts parts) {
        this.parts = parts;
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
            parts.store().save(handle);
            parts.events().publish(handle.view(), "update", Map.of());
        });
    }
}
