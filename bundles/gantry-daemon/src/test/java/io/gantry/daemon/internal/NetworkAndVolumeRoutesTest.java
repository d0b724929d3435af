package io.gantry.daemon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Networks and volumes as an engine with no network or volume driver installed answers them. */
class NetworkAndVolumeRoutesTest extends ApiTestBase {
    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void listsAndInspectsTheBuiltInNoneAndHostNetworks() throws Exception {
        JsonNode list = body(call("GET", "/networks", null));
        assertEquals(2, list.size());
        JsonNode none = body(call("GET", "/networks/none", null));
        assertEquals(sha256("none"), none.get("Id").asText());
        assertEquals("null", none.get("Driver").asText());
        assertEquals("local", none.get("Scope").asText());
        assertEquals("default", none.get("IPAM").get("Driver").asText());
        assertTrue(none.get("IPAM").get("Config").isArray() && none.get("Containers").isObject()
                && none.get("Options").isObject() && none.get("Labels").isObject(), none.toString());
        assertEquals("host", body(call("GET", "/networks/" + sha256("host"), null)).get("Driver").asText());
        assertEquals("host", body(call("GET", "/networks/" + sha256("host").substring(0, 12), null)).get("Name")
                .asText());
        assertEquals(1, body(call("GET", "/networks?filters=%7B%22name%22%3A%5B%22host%22%5D%7D", null)).size());
        assertEquals("network bridge not found", refused(404, "GET", "/networks/bridge", null));
        assertTrue(refused(400, "GET", "/networks?filters=%7Bbroken", null).startsWith("invalid filters"));
    }

    @Test
    void nothingCanBeCreatedConnectedOrRemoved() throws Exception {
        assertEquals("no network driver named bridge is installed",
                refused(400, "POST", "/networks/create", "{\"Name\":\"web\"}"));
        assertEquals("no network driver named macvlan is installed",
                refused(400, "POST", "/networks/create", "{\"Name\":\"web\",\"Driver\":\"macvlan\"}"));
        assertEquals("invalid request body: expected a JSON object, got array",
                refused(400, "POST", "/networks/create", "[]"));
        assertEquals("network with name host already exists", refused(409, "POST", "/networks/create",
                "{\"Name\":\"host\"}"));
        assertEquals("none is a pre-defined network and cannot be removed",
                refused(403, "DELETE", "/networks/none", null));
        assertEquals("network x not found", refused(404, "DELETE", "/networks/x", null));
        assertEquals("{\"NetworksDeleted\":[]}", body(call("POST", "/networks/prune", null)).toString());
        assertEquals("network x not found", refused(404, "POST", "/networks/x/connect", "{\"Container\":\"web\"}"));
        assertEquals("No such container: web", refused(404, "POST", "/networks/none/connect", "{\"Container\":\"web\"}"));
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        assertTrue(refused(400, "POST", "/networks/host/disconnect", "{\"Container\":\"web\"}")
                .startsWith("container cannot be disconnected from the host network"));
    }

    @Test
    void thereAreNoVolumes() throws Exception {
        assertEquals("{\"Volumes\":[],\"Warnings\":[]}", body(call("GET", "/volumes", null)).toString());
        assertEquals("get data: no such volume", refused(404, "GET", "/volumes/data", null));
        assertEquals("remove data: no such volume", refused(404, "DELETE", "/volumes/data", null));
        assertTrue(refused(400, "POST", "/volumes/create", "{\"Name\":\"../../x\"}").startsWith("create ../../x: invalid"));
        assertEquals("no volume driver named local is installed",
                refused(400, "POST", "/volumes/create", "{\"Name\":\"data\"}"));
        assertEquals("field Labels: expected an object of strings, got a string",
                refused(400, "POST", "/volumes/create", "{\"Labels\":\"x\"}"));
        assertEquals("{\"VolumesDeleted\":[],\"SpaceReclaimed\":0}",
                body(call("POST", "/volumes/prune", null)).toString());
        assertTrue(refused(400, "GET", "/volumes?filters=%7Bbroken", null).startsWith("invalid filters"));
    }
}
