package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.ContainerState;
import io.gantry.daemon.internal.ApiTestBase;
import org.junit.jupiter.api.Test;

/** POST pause/unpause, and how a paused container shows in inspect, list and the status filter. */
class PauseRoutesTest extends ApiTestBase {
    private static final String PAUSED_FILTER = "%7B%22status%22%3A%5B%22paused%22%5D%7D";

    @Test
    void pauseAndUnpauseAnswer204AndChangeTheState() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        containers.start("web");
        assertEquals(204, status(call("POST", "/v1.41/containers/web/pause", null)));
        assertEquals(ContainerState.PAUSED, containers.inspect("web").state());
        JsonNode state = body(call("GET", "/containers/web/json", null)).get("State");
        assertEquals("paused", state.get("Status").asText());
        assertTrue(state.get("Paused").asBoolean() && !state.get("Running").asBoolean());
        assertEquals(204, status(call("POST", "/containers/web/unpause", null)));
        assertEquals(ContainerState.RUNNING, containers.inspect("web").state());
    }

    @Test
    void listShowsPausedAsDockerWordsItAndFiltersByStatus() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        call("POST", "/containers/create?name=db", "{\"Image\":\"busybox\"}");
        containers.start("web");
        containers.start("db");
        call("POST", "/containers/web/pause", null);
        JsonNode paused = body(call("GET", "/containers/json?filters=" + PAUSED_FILTER, null));
        assertEquals(1, paused.size(), paused.toString());
        assertEquals("paused", paused.get(0).get("State").asText());
        assertTrue(paused.get(0).get("Status").asText().matches("Up .+ \\(Paused\\)"), paused.toString());
        assertEquals("invalid filter 'status=sleeping'",
                refused(400, "GET", "/containers/json?filters=%7B%22status%22%3A%5B%22sleeping%22%5D%7D", null));
    }

    @Test
    void pausingWhatIsNotRunningIs409AndAnUnknownContainer404() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        assertEquals("Container web is not running", refused(409, "POST", "/containers/web/pause", null));
        containers.start("web");
        assertEquals("Container web is not paused", refused(409, "POST", "/containers/web/unpause", null));
        assertEquals("No such container: nothere", refused(404, "POST", "/containers/nothere/pause", null));
        assertEquals("No such container: nothere", refused(404, "POST", "/containers/nothere/unpause", null));
    }
}
