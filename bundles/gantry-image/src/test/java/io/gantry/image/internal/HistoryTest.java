package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.NotFoundException;
import io.gantry.api.image.HistoryEntry;
import io.gantry.api.image.Layer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path root;

    @Test
    void stepsComeNewestFirstWithTheSizeOfTheLayerEachMade() {
        LayeredImages.withHistory(root, "hist:1");
        GantryImageService images = TestConfigs.service(root);
        List<Layer> layers = images.resolve("hist:1").layers();

        List<HistoryEntry> history = images.history("hist:1");

        assertEquals(List.of(
                new HistoryEntry(Instant.parse("2026-01-03T00:00:00Z"), "/bin/sh -c echo b > /etc/b", false,
                        layers.get(1).size(), "step three"),
                new HistoryEntry(Instant.parse("2026-01-02T00:00:00Z"), "/bin/sh -c #(nop) ENV A=1", true, 0, null),
                new HistoryEntry(Instant.parse("2026-01-01T00:00:00Z"), "/bin/sh -c #(nop) ADD file:base in /", false,
                        layers.get(0).size(), null)), history);
    }

    @Test
    void imageWithoutHistoryShowsOneStepPerLayer() {
        LayeredImages.twoLayers(root, "plain:1", "x");
        GantryImageService images = TestConfigs.service(root);

        List<HistoryEntry> history = images.history("plain:1");

        assertEquals(2, history.size());
        assertEquals(images.resolve("plain:1").layers().get(1).size(), history.get(0).size());
    }

    @Test
    void unknownImageIsNotFound() {
        assertThrows(NotFoundException.class, () -> TestConfigs.service(root).history("nope:1"));
    }
}
