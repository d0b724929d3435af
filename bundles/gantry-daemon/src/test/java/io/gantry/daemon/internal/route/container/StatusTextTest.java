package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Docker's human status of a container. */
class StatusTextTest {
    @Test
    void statusTextReadsLikeDockers() {
        Instant now = Instant.parse("2024-01-01T00:10:00Z");
        assertEquals("2 seconds", StatusText.human(now.minusSeconds(2), now));
        assertEquals("3 minutes", StatusText.human(now.minusSeconds(180), now));
        assertEquals("Less than a second", StatusText.human(now, now));
    }
}
