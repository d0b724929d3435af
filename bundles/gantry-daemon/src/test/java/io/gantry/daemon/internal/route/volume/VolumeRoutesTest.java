package io.gantry.daemon.internal.route.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.daemon.internal.ApiTestBase;
import org.junit.jupiter.api.Test;

/** Volumes as an engine with no volume driver answers them. */
class VolumeRoutesTest extends ApiTestBase {
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
