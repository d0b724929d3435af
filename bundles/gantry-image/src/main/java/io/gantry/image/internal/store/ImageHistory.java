package io.gantry.image.internal.store;

import io.gantry.api.image.HistoryEntry;
import io.gantry.api.image.Layer;
import io.gantry.image.internal.oci.OciHistory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The history of an image config, newest first. Steps that made a layer take the layers in order; an image
 * without history shows one step per layer.
 */
public final class ImageHistory {
    private ImageHistory() {
    }

    public static List<HistoryEntry> of(ImageRecord record) {
        List<OciHistory> steps = record.config().history();
        List<Layer> layers = record.layers();
        List<HistoryEntry> entries = new ArrayList<>();
        if (steps == null || steps.isEmpty()) {
            layers.forEach(layer -> entries.add(new HistoryEntry(null, "", false, layer.size(), null)));
        } else {
            int layer = 0;
            for (OciHistory step : steps) {
                boolean hasLayer = step.makesLayer() && layer < layers.size();
                long size = hasLayer ? layers.get(layer++).size() : 0;
                entries.add(new HistoryEntry(ImageRecord.instant(step.created()), step.createdBy() == null ? ""
                        : step.createdBy(), !step.makesLayer(), size, step.comment()));
            }
        }
        Collections.reverse(entries);
        return entries;
    }
}
