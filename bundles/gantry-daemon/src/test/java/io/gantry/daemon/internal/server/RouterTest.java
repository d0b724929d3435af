package io.gantry.daemon.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching requests onto routes. */
class RouterTest {
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
}
