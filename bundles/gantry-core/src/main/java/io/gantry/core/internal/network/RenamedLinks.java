package io.gantry.core.internal.network;

import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import java.util.List;

/**
 * After a rename, the links of other containers to the renamed one name it by its new name, as Docker's link index
 * follows the container: in their configs and in what they asked for on each network. Each is updated under its own
 * lock, never under the renamed container's, so that two renames cannot wait on each other.
 */
public final class RenamedLinks {
    private final StateStore state;

    public RenamedLinks(StateStore state) {
        this.state = state;
    }

    /** @return the networks of the containers whose links changed */
    public List<String> follow(String renamedId, String oldName, String newName) {
        return state.index().all().stream().filter(h -> !h.id().equals(renamedId))
                .filter(h -> linksTo(h, oldName))
                .flatMap(h -> update(h, oldName, newName).stream()).distinct().toList();
    }

    private static boolean linksTo(ContainerHandle handle, String name) {
        return handle.view().config().links().stream().anyMatch(l -> LegacyLinks.parse(l).container().equals(name))
                || handle.joinedNetworks().stream().flatMap(n -> n.links().stream())
                        .anyMatch(l -> LegacyLinks.parse(l).container().equals(name));
    }

    private List<String> update(ContainerHandle handle, String oldName, String newName) {
        return handle.locked(() -> {
            if (handle.isRemoved()) {
                return List.<String>of();
            }
            ContainerRecord record = handle.record();
            record.config = record.config.toBuilder()
                    .links(LegacyLinks.renamed(record.config.links(), oldName, newName)).build();
            if (record.networks != null) {
                record.networks = record.networks.stream().map(n -> n.withLinks(LegacyLinks.renamed(n.links(),
                        oldName, newName))).toList();
            }
            state.records().save(handle);
            return record.networkNames();
        });
    }
}
