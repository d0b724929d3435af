package io.gantry.daemon.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void framesCarryStreamAndBigEndianLength() {
        byte[] frame = Frames.frame(Frames.STDERR, new byte[300]);
        assertArrayEquals(new byte[] {2, 0, 0, 0, 0, 0, 1, 44}, java.util.Arrays.copyOf(frame, 8));
        assertEquals(308, frame.length);
    }

    @Test
    void versionPrefixIsStrippedAndCapped() {
        assertEquals("/containers/json", ApiVersion.unversioned("/v1.41/containers/json"));
        assertEquals("/containers/json", ApiVersion.unversioned("/containers/json"));
        assertEquals("/_ping", ApiVersion.unversioned("/v1.24/_ping"));
        assertThrows(InvalidArgumentException.class, () -> ApiVersion.unversioned("/v1.42/info"));
        assertThrows(InvalidArgumentException.class, () -> ApiVersion.unversioned("/v2.0/info"));
    }

    @Test
    void routerMatchesSegmentsAndMultiSegmentImageNames() {
        Route a = ex -> { };
        Route b = ex -> { };
        Router router = new Router().add(HttpMethod.POST, "/containers/{}/start", a)
                .add(HttpMethod.GET, "/images/{*}/json", b);
        assertEquals(List.of("web"), router.find(HttpMethod.POST, "/containers/web/start").orElseThrow().params());
        assertTrue(router.find(HttpMethod.GET, "/containers/web/start").isEmpty());
        assertEquals(List.of("docker.io/library/busybox:1"),
                router.find(HttpMethod.GET, "/images/docker.io/library/busybox:1/json").orElseThrow().params());
        assertTrue(router.find(HttpMethod.GET, "/images//json").isEmpty());
    }

    @Test
    void errorsMapToDockersStatuses() {
        assertEquals(404, ErrorStatus.of(new NotFoundException("x")).code());
        assertEquals(409, ErrorStatus.of(new ConflictException("x")).code());
        assertEquals(409, ErrorStatus.of(new FailedPreconditionException("x")).code());
        assertEquals(400, ErrorStatus.of(new InvalidArgumentException("x")).code());
        assertEquals(500, ErrorStatus.of(new GantryException("x")).code());
        assertEquals(500, ErrorStatus.of(new IllegalStateException()).code());
        assertEquals("IllegalStateException", ErrorStatus.message(new IllegalStateException()));
    }

    @Test
    void timesParseUnixSecondsAndRfc3339() {
        assertEquals(Instant.ofEpochSecond(1700000000, 500_000_000), Times.parse("since", "1700000000.5"));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), Times.parse("since", "2024-01-01T00:00:00Z"));
        assertThrows(InvalidArgumentException.class, () -> Times.parse("since", "yesterday"));
    }

    @Test
    void statusTextReadsLikeDockers() {
        Instant now = Instant.parse("2024-01-01T00:10:00Z");
        assertEquals("2 seconds", StatusText.human(now.minusSeconds(2), now));
        assertEquals("3 minutes", StatusText.human(now.minusSeconds(180), now));
        assertEquals("Less than a second", StatusText.human(now, now));
    }
}
