package io.gantry.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProbeOutputTest {
    @Test
    void keepsAllOfAShortOutput() {
        ProbeOutput output = new ProbeOutput();
        output.write("ok\n".getBytes(StandardCharsets.UTF_8));
        output.write("still ok".getBytes(StandardCharsets.UTF_8));
        assertEquals("ok\nstill ok", output.text());
    }

    @Test
    void keepsTheFirst4096BytesThenDots() {
        ProbeOutput output = new ProbeOutput();
        output.write("a".repeat(4000).getBytes(StandardCharsets.UTF_8));
        output.write("b".repeat(200).getBytes(StandardCharsets.UTF_8));
        output.write("c".getBytes(StandardCharsets.UTF_8));
        assertEquals("a".repeat(4000) + "b".repeat(96) + "...", output.text());
    }

    @Test
    void exactly4096BytesAreNotTruncated() {
        ProbeOutput output = new ProbeOutput();
        output.write("x".repeat(4096).getBytes(StandardCharsets.UTF_8));
        output.write(new byte[0]);
        assertEquals("x".repeat(4096), output.text());
    }
}
