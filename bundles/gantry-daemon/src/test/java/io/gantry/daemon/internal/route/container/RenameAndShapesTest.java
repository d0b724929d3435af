package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.daemon.internal.ApiTestBase;
import org.junit.jupiter.api.Test;

/** Rename, image filters, and the inspect shapes docker-java needs. */
class RenameAndShapesTest extends ApiTestBase {
    @Test
    void renameGoesThroughTheService() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        assertEquals(204, status(call("POST", "/containers/web/rename?name=api", null)));
        assertEquals("/api", body(call("GET", "/containers/api/json", null)).get("Name").asText());
        assertEquals("no new name given: the name query parameter is required",
                refused(400, "POST", "/containers/api/rename?name=", null));
        assertTrue(refused(400, "POST", "/containers/api/rename?name=../../x", null).startsWith("invalid container"));
        assertEquals("No such container: web", refused(404, "POST", "/containers/web/rename?name=x", null));
    }

    @Test
    void imageFiltersAreCheckedAndApplied() throws Exception {
        assertTrue(refused(400, "GET", "/images/json?filters=%7Bbroken", null).startsWith("invalid filters"));
        assertEquals("invalid filter 'bogus' for images",
                refused(400, "GET", "/images/json?filters=%7B%22bogus%22%3A%5B%22x%22%5D%7D", null));
        assertEquals(1, images("%7B%22reference%22%3A%5B%22busy*%22%5D%7D").size());
        assertEquals(1, images("%7B%22reference%22%3A%5B%22busybox%3Alatest%22%5D%7D").size());
        assertEquals(0, images("%7B%22reference%22%3A%5B%22nginx%22%5D%7D").size());
        assertEquals(0, images("%7B%22label%22%3A%5B%22a%3Db%22%5D%7D").size());
        assertEquals(0, images("%7B%22dangling%22%3A%5B%22true%22%5D%7D").size());
        assertEquals(0, images("%7B%22before%22%3A%5B%22busybox%22%5D%7D").size());
        assertEquals(400, status(call("GET", "/images/json?filters=%7B%22dangling%22%3A%5B%22maybe%22%5D%7D", null)));
    }

    private JsonNode images(String filters) throws Exception {
        return body(call("GET", "/images/json?filters=" + filters, null));
    }

    @Test
    void inspectCarriesDockersNetworkSettings() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\",\"HostConfig\":{\"NetworkMode\":\"none\"}}");
        JsonNode c = body(call("GET", "/containers/web/json", null));
        JsonNode settings = c.get("NetworkSettings");
        assertTrue(settings.get("Ports").isObject() && settings.get("Ports").isEmpty(), settings.toString());
        assertEquals("", settings.get("IPAddress").asText());
        assertFalse(settings.get("HairpinMode").asBoolean());
        JsonNode none = settings.get("Networks").get("none");
        assertEquals("", none.get("IPAddress").asText());
        assertEquals(64, none.get("NetworkID").asText().length());
        assertTrue(c.get("HostConfig").get("PortBindings").isObject());
        JsonNode listed = body(call("GET", "/containers/json?all=1", null)).get(0);
        assertTrue(listed.get("NetworkSettings").get("Networks").has("none"), listed.toString());
    }

    @Test
    void execStreamsOnlyTheOutputItAttached() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        String id = body(call("POST", "/containers/web/exec", "{\"Cmd\":[\"sh\"],\"AttachStdout\":true}")).get("Id")
                .asText();
        JsonNode inspect = body(call("GET", "/exec/" + id + "/json", null));
        assertTrue(inspect.get("OpenStdout").asBoolean());
        assertFalse(inspect.get("OpenStderr").asBoolean());
        exec.stdio.print(LogEntry.Stream.STDERR, "oops\n");
        exec.stdio.print(LogEntry.Stream.STDOUT, "fine\n");
        exec.stdio.endOutput();
        String r = call("POST", "/exec/" + id + "/start", "{}");
        assertTrue(r.contains("fine") && !r.contains("oops"), r);
    }
}
