package io.gantry.core.internal.lifecycle;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerState;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.network.RenamedLinks;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerNames;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import java.util.List;
import java.util.Map;

/**
 * Renames a container. The new name is reserved before the record is saved and the old one released only
 * after, so a failed rename leaves the container under its old name and the new name free. As Docker does, the links
 * of other containers follow it and its peers find it by the new name; its own hostname stays.
 */
final class ContainerRenamer {
    private final StateStore state;
    private final ContainerEvents events;
    private final ContainerNetworks networks;
    private final RenamedLinks links;

    ContainerRenamer(StateStore state, ContainerEvents events, ContainerNetworks networks) {
        this.state = state;
        this.events = events;
        this.networks = networks;
        this.links = new RenamedLinks(state);
    }

    void rename(ContainerHandle handle, String requested) {
        if (requested == null || requested.isBlank()) {
            throw new InvalidArgumentException("invalid container name \"" + (requested == null ? "" : requested)
                    + "\": a new name is required");
        }
        ContainerNames.checkName(requested);
        String newName = requested.startsWith("/") ? requested.substring(1) : requested;
        String oldName = handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (handle.isRemoved() || record.state == ContainerState.REMOVING) {
                throw new ConflictException("cannot rename container " + record.name + ": it is being removed");
            }
            String previous = record.name;
            if (previous.equals(newName)) {
                throw new InvalidArgumentException("cannot rename container " + previous + " to " + newName
                        + ": it already has that name");
            }
            state.index().reserveName(newName, record.id);
            try {
                record.name = newName;
                state.records().save(handle);
            } catch (RuntimeException e) {
                record.name = previous;
                state.index().releaseName(newName, record.id);
                throw e;
            }
            state.index().releaseName(previous, record.id);
            return previous;
        });
        List<String> linking = links.follow(handle.id(), oldName, newName);
        networks.renameEndpoints(handle, oldName, newName);
        networks.refreshHosts(linking);
        events.publish(handle.view(), "rename", Map.of("oldName", "/" + oldName));
    }
}
