package io.gantry.api.volume;

import java.util.List;

/** What a volume prune removed, and the bytes their data took. */
public record VolumePrune(List<String> deleted, long reclaimedBytes) {
    public VolumePrune {
        deleted = List.copyOf(deleted);
    }
}
