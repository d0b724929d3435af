package io.gantry.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

class LayerTarTest {
    @Test
    void keepsHostileNamesAndEntryDetails() throws IOException {
        LayerTar layer = new LayerTar().file("../escape", "x", 0644).ownedBy(1000, 1001).file("/abs", "y", 04755)
                .characterDevice("dev/null", 1, 3, 0666).whiteout("etc", "motd").opaque("opt")
                .hardlink("h", "/abs").symlink("s", "/etc");

        List<TarArchiveEntry> entries = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(layer.stream())) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.add(entry);
            }
        }
        assertEquals(List.of("../escape", "/abs", "dev/null", "etc/.wh.motd", "opt/.wh..wh..opq", "h", "s"),
                entries.stream().map(TarArchiveEntry::getName).toList());
        TarArchiveEntry absolute = entries.get(1);
        assertEquals(04755, absolute.getMode());
        assertEquals(1000, absolute.getLongUserId());
        assertEquals(1001, absolute.getLongGroupId());
        TarArchiveEntry device = entries.get(2);
        assertTrue(device.isCharacterDevice());
        assertEquals(3, device.getDevMinor());
        assertEquals("/abs", entries.get(5).getLinkName());
        assertTrue(entries.get(6).isSymbolicLink());
    }
}
