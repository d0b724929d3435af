package io.gantry.daemon.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.daemon.internal.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Numeric query values must be whole numbers of at least 0, and detach keys must be keys. */
class QueryValuesTest extends ApiTestBase {
    @BeforeEach
    void createWeb() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        containers.start("web");
    }

    @Test
    void negativeOrWordyNumbersAre400() throws Exception {
        assertEquals("invalid value for t: -5 (expected a whole number, 0 or more)",
                refused(400, "POST", "/containers/web/stop?t=-5", null));
        assertEquals("invalid value for t: -5 (expected a whole number, 0 or more)",
                refused(400, "POST", "/containers/web/restart?t=-5", null));
        assertEquals("invalid value for t: soon (expected a whole number, 0 or more)",
                refused(400, "POST", "/containers/web/stop?t=soon", null));
        assertEquals("invalid value for h: -1 (expected a whole number, 0 or more)",
                refused(400, "POST", "/containers/web/resize?h=-1&w=80", null));
        assertEquals("invalid value for tail: -2 (expected a whole number, 0 or more)",
                refused(400, "GET", "/containers/web/logs?stdout=1&tail=-2", null));
        assertEquals("invalid value for limit: abc (expected a whole number)",
                refused(400, "GET", "/containers/json?limit=abc", null));
        assertTrue(refused(400, "GET", "/events?since=yesterday", null).contains("yesterday"));
        assertTrue(containers.calls.stream().noneMatch(c -> c.startsWith("resize")), containers.calls.toString());
    }

    @Test
    void validNumbersStillWork() throws Exception {
        assertEquals(204, status(call("POST", "/containers/web/stop?t=0", null)));
        assertEquals(204, status(call("POST", "/containers/web/restart?t=3", null)));
        assertEquals(200, status(call("GET", "/containers/web/logs?stdout=1&tail=all", null)));
        assertEquals(200, status(call("GET", "/containers/web/logs?stdout=1&tail=10", null)));
        assertEquals(1, body(call("GET", "/containers/json?limit=-1&all=1&size=0&trunc_cmd=0", null)).size(),
                "docker-py's limit -1 is no limit");
    }

    @Test
    void invalidDetachKeysAre400() throws Exception {
        String message = refused(400, "POST", "/containers/web/attach?stream=1&stdout=1&detachKeys=ctrl-", null);
        assertTrue(message.startsWith("invalid detach keys 'ctrl-'"), message);
        refused(400, "POST", "/containers/web/attach?stream=1&stdout=1&detachKeys=ctrl-p,ctrl-1", null);
        refused(400, "POST", "/containers/web/exec", "{\"Cmd\":[\"true\"],\"DetachKeys\":\"ctrl-pq\"}");
        assertTrue(containers.calls.stream().noneMatch(c -> c.startsWith("attach")), containers.calls.toString());
        assertTrue(exec.execs.isEmpty());
    }
}
