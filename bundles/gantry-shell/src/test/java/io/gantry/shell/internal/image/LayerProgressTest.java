package io.gantry.shell.internal.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LayerProgressTest {
    private static final String FIRST = "sha256:" + "1".repeat(64);
    private static final String SECOND = "sha256:" + "2".repeat(64);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void ansiTerminalRedrawsTheLayerLineInPlaceWithItsRate() {
        LayerProgress progress = new LayerProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
                nanos::get);
        progress.waiting(FIRST);
        progress.waiting(SECOND);
        progress.downloading(FIRST, 0, 4_000_000);
        nanos.set(2_000_000_000L);
        progress.downloading(FIRST, 2_000_000, 4_000_000);

        String redrawn = "\u001b[2A\r\u001b[2K111111111111: Downloading [===============>              ] 2MB/4MB 1MB/s"
                + "\u001b[2B\r";
        assertEquals("111111111111: Waiting\n222222222222: Waiting\n", output().substring(0, 44));
        assertEquals(redrawn, output().substring(output().lastIndexOf("\u001b[2A")));
    }

    @Test
    void lastLineIsRedrawnOneLineUp() {
        LayerProgress progress = new LayerProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
                nanos::get);
        progress.waiting(FIRST);
        progress.done(FIRST);
        assertEquals("111111111111: Waiting\n\u001b[1A\r\u001b[2K111111111111: Pull complete\u001b[1B\r", output());
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
