package io.gantry.daemon.internal.route.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.daemon.internal.UnixHttp;
import io.gantry.testkit.fake.FakeImages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImageArchiveRoutesTest extends ApiTestBase {

    @Test
    void saveStreamsATarOfEveryNamedImage() throws Exception {
        String r = call("GET", "/v1.41/images/get?names=busybox&names=busybox:latest", null);
        assertEquals(200, status(r), r);
        assertTrue(r.toLowerCase(Locale.ROOT).contains("content-type: application/x-tar"), r);
        assertEquals("tar of busybox,busybox:latest as DOCKER", UnixHttp.dechunk(r));
        assertEquals("tar of busybox as DOCKER", UnixHttp.dechunk(call("GET", "/images/busybox/get", null)));
    }

    @Test
    void saveOfAnUnknownImageIsA404BeforeAnyByte() throws Exception {
        assertEquals("No such image: nothere", refused(404, "GET", "/images/get?names=busybox&names=nothere", null));
        assertEquals("no image to save: give names=<image> for each image", refused(400, "GET", "/images/get", null));
    }

    @Test
    void loadAnswersOneLineForEachTagAndTheIdOfAnUntaggedImage() throws Exception {
        String r = UnixHttp.exchange(socket, "POST", "/images/load?quiet=1", "Content-Type: application/x-tar\r\n",
                "tar bytes".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, status(r), r);
        assertEquals("{\"stream\":\"Loaded image: busybox:latest\\n\"}\r\n{\"stream\":\"Loaded image ID: "
                + FakeImages.UNTAGGED.id() + "\\n\"}\r\n", UnixHttp.dechunk(r));
        String refused = UnixHttp.exchange(socket, "POST", "/images/load", "", "junk".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, status(refused));
        assertEquals("not an image archive: it has neither manifest.json nor oci-layout",
                body(refused).get("message").asText());
    }

    @Test
    void historyHasDockersShapeNewestFirst() throws Exception {
        JsonNode history = body(call("GET", "/images/busybox/history", null));
        assertEquals(2, history.size());
        assertEquals("{\"Id\":\"" + FakeImages.BUSYBOX.id() + "\",\"Created\":1700000100,\"CreatedBy\":\"CMD [\\\"sh\\\"]\","
                + "\"Tags\":[\"busybox:latest\"],\"Size\":0,\"Comment\":\"\"}", history.get(0).toString());
        assertEquals("{\"Id\":\"<missing>\",\"Created\":1700000000,\"CreatedBy\":\"ADD rootfs /\",\"Tags\":null,"
                + "\"Size\":2048,\"Comment\":\"imported\"}", history.get(1).toString());
        assertEquals("No such image: nothere", refused(404, "GET", "/images/nothere/history", null));
    }

    @Test
    void pruneDeletesDanglingImagesOrWithDanglingFalseAllUnused() throws Exception {
        JsonNode pruned = body(call("POST", "/images/prune", null));
        assertEquals(List.of("prune all=false"), images.calls);
        assertEquals(FakeImages.UNTAGGED.id(), pruned.get("ImagesDeleted").get(0).get("Deleted").asText());
        assertEquals(4096, pruned.get("SpaceReclaimed").asLong());
        call("POST", "/images/prune?filters=%7B%22dangling%22%3A%5B%22false%22%5D%7D", null);
        assertEquals(List.of("prune all=false", "prune all=true"), images.calls);
        assertEquals("invalid filter 'until' for images prune",
                refused(400, "POST", "/images/prune?filters=%7B%22until%22%3A%5B%2224h%22%5D%7D", null));
        assertEquals("invalid filter 'dangling=maybe': expected true or false",
                refused(400, "POST", "/images/prune?filters=%7B%22dangling%22%3A%5B%22maybe%22%5D%7D", null));
    }
}
