package io.gantry.core.internal.lifecycle;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerState;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerNames;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import java.util.Map;

/**
 * Renames a container. The new name is reserved before the record is saved and the old one released only
 * after, so a failed rename leaves the container under its old name and the new name free.
 */
final class ContainerRenamer {
    private final StateStore state;
    private final ContainerEvents events;

    ContainerRenamer(StateStore state, ContainerEvents events) {
        this.state = state;
        this.events = events;
    }

    void rename(ContainerHandle handle, String requested) {
        if (requested == null || requested.isBlank()) {
            throw new InvalidArgumentException("invalid container name \"" + (requested == null ? "" : requested)
                    + "\": a new name is required");
        }
        ContainerNames.checkName(requested);
        String newName = requested.startsWith("/") ? requested.substring(1) : requested;
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (handle.isRemoved() || record.state == ContainerState.REMOVING) {
                throw new ConflictException("cannot rename container " + record.name + ": it is being removed");
            }
            String oldName = record.name;
            if (oldName.equals(newName)) {
                throw new InvalidArgumentException("cannot rename container " + oldName + " to " + newName
                        + ": it already has that name");
            }
            state.index().reserveName(newName, record.id);
            try {
                record.name = newName;
                state.records().save(handle);
            } catch (RuntimeException e) {
                record.name = oldName;
                state.index().releaseName(newName, record.id);
                throw e;
            }
            state.index().releaseName(oldName, record.id);
            events.publish(handle.view(), "rename", Map.of("oldName", "/" + oldName));
        });
    }
}
