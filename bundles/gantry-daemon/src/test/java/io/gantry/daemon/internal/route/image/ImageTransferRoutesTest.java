package io.gantry.daemon.internal.route.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.daemon.internal.UnixHttp;
import io.gantry.testkit.fake.FakeImages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageTransferRoutesTest extends ApiTestBase {
    private static final String LAYER_ID = "bbbbbbbbbbbb";

    @Test
    void pullStreamsDockersProgressLinesAndPassesTheLogin() throws Exception {
        String auth = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"username\":\"u\",\"password\":\"p\",\"serveraddress\":\"127.0.0.1:5000\"}".getBytes(StandardCharsets.UTF_8));
        String r = UnixHttp.exchange(socket, "POST", "/v1.41/images/create?fromImage=127.0.0.1:5000/bb&tag=3",
                "X-Registry-Auth: " + auth + "\r\n", new byte[0]);
        assertEquals(200, status(r), r);
        assertTrue(r.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), r);
        List<JsonNode> lines = lines(r);
        assertEquals("{\"status\":\"Pulling from bb\",\"id\":\"3\"}", lines.get(0).toString());
        assertEquals("{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"" + LAYER_ID + "\"}",
                lines.get(1).toString());
        JsonNode downloading = lines.get(2);
        assertEquals("Downloading", downloading.get("status").asText());
        assertEquals(1000, downloading.get("progressDetail").get("current").asLong());
        assertEquals(2000, downloading.get("progressDetail").get("total").asLong());
        assertEquals("[=========================>                         ]      1kB/2kB",
                downloading.get("progress").asText());
        assertEquals(List.of("Pulling from bb", "Pulling fs layer", "Downloading", "Downloading", "Verifying Checksum",
                "Download complete", "Pull complete", "Digest: " + FakeImages.MANIFEST,
                "Status: Downloaded newer image for 127.0.0.1:5000/bb:3"), statuses(lines));
        assertEquals("u", images.pullOptions.credentials().username());
        assertEquals("p", images.pullOptions.credentials().password());
        assertEquals("linux/amd64", images.pullOptions.platform());
    }

    @Test
    void pullOfAnImageAlreadyHeldIsUpToDate() throws Exception {
        images.add(FakeImages.PULLED);
        String r = call("POST", "/images/create?fromImage=127.0.0.1:5000/bb&tag=1&platform=linux/arm64", null);
        assertEquals("Status: Image is up to date for 127.0.0.1:5000/bb:1", statuses(lines(r)).get(8));
        assertEquals("linux/arm64", images.pullOptions.platform());
        assertNull(images.pullOptions.credentials());
    }

    @Test
    void pullOfTheEngineMadeBusyboxNeedsNoRegistry() throws Exception {
        String r = call("POST", "/images/create?fromImage=busybox&tag=latest", null);
        assertEquals(List.of("Pulling from library/busybox", "Status: Image is up to date for busybox:latest"),
                statuses(lines(r)));
        assertNull(images.pullOptions, "the image service was not asked to pull");
    }

    @Test
    void pullErrorsKeepTheirStatusBeforeOutputAndBecomeErrorLinesAfter() throws Exception {
        assertEquals("manifest unknown: 127.0.0.1:5000/nothere:latest",
                refused(404, "POST", "/images/create?fromImage=127.0.0.1:5000/nothere", null));
        String broken = call("POST", "/images/create?fromImage=127.0.0.1:5000/broken&tag=2", null);
        assertEquals(200, status(broken));
        JsonNode last = lines(broken).get(lines(broken).size() - 1);
        assertEquals("registry 127.0.0.1:1 went away", last.get("errorDetail").get("message").asText());
        assertEquals("registry 127.0.0.1:1 went away", last.get("error").asText());
        assertEquals("nothing to create: give fromImage to pull or fromSrc to import",
                refused(400, "POST", "/images/create", null));
        assertEquals("invalid X-Registry-Auth header: expected base64url-encoded JSON", body(UnixHttp.exchange(socket,
                "POST", "/images/create?fromImage=x", "X-Registry-Auth: %%%\r\n", new byte[0])).get("message").asText());
    }

    @Test
    void importTakesTheBodyAsARootfsAndAnswersTheImageId() throws Exception {
        String r = UnixHttp.exchange(socket, "POST", "/images/create?fromSrc=-&repo=mine&tag=v1",
                "Content-Type: application/x-tar\r\n", "rootfs-bytes".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"status\":\"" + FakeImages.UNTAGGED.id() + "\"}", lines(r).get(0).toString());
        assertEquals("rootfs-bytes", images.imported.get("mine:v1"));
        assertEquals("cannot import from http://example.com/x.tar: only fromSrc=- (the tarball in the request body)"
                + " is supported", refused(400, "POST", "/images/create?fromSrc=http://example.com/x.tar", null));
        assertEquals(1, images.imported.size(), "a refused import stores nothing");
    }

    @Test
    void pushStreamsLayerLinesByDiffIdAndEndsWithTheAuxDigest() throws Exception {
        images.add(FakeImages.PULLED);
        String r = call("POST", "/images/127.0.0.1:5000/bb/push?tag=1", null);
        List<JsonNode> lines = lines(r);
        assertEquals(List.of("The push refers to repository [127.0.0.1:5000/bb]", "Preparing", "Pushing", "Pushed",
                "1: digest: " + FakeImages.MANIFEST + " size: 527"), statuses(lines.subList(0, 5)));
        assertEquals("cccccccccccc", lines.get(1).get("id").asText(), "a pushed layer is named by its diff id");
        assertEquals("{\"progressDetail\":{},\"aux\":{\"Tag\":\"1\",\"Digest\":\"" + FakeImages.MANIFEST
                + "\",\"Size\":527}}", lines.get(5).toString());
        assertEquals(6, lines.size(), "the config blob is not shown: " + lines);
        assertEquals(List.of("push 127.0.0.1:5000/bb:1"), images.calls);
    }

    @Test
    void pushWithoutATagPushesEveryLocalTagOfTheRepository() throws Exception {
        images.listed.add(FakeImages.PULLED);
        images.listed.add(new io.gantry.api.image.Image(FakeImages.PULLED.id(), List.of("127.0.0.1:5000/bb:2"),
                null, 1, null, FakeImages.PULLED.layers()));
        assertEquals(200, status(call("POST", "/images/127.0.0.1:5000/bb/push", null)));
        assertEquals(List.of("push 127.0.0.1:5000/bb:1", "push 127.0.0.1:5000/bb:2"), images.calls);
        assertEquals("An image does not exist locally with the tag: 127.0.0.1:5000/none",
                refused(404, "POST", "/images/127.0.0.1:5000/none/push", null));
    }

    @Test
    void authChecksTheLoginAndAnswers401WhenRefused() throws Exception {
        String ok = call("POST", "/auth", "{\"username\":\"u\",\"password\":\"p\",\"serveraddress\":\"http://127.0.0.1:5000/\"}");
        assertEquals(200, status(ok), ok);
        assertEquals("{\"Status\":\"Login Succeeded\",\"IdentityToken\":\"\"}", body(ok).toString().replace(
                "{\"IdentityToken\":\"\",\"Status\":\"Login Succeeded\"}", "{\"Status\":\"Login Succeeded\",\"IdentityToken\":\"\"}"));
        call("POST", "/auth", "{\"username\":\"u\",\"password\":\"p\",\"serveraddress\":\"https://index.docker.io/v1/\"}");
        assertEquals(List.of("login 127.0.0.1:5000 u:p", "login docker.io u:p"), images.calls);
        assertEquals("registry 127.0.0.1:5000 refused the login of u", refused(401, "POST", "/auth",
                "{\"username\":\"u\",\"password\":\"wrong\",\"serveraddress\":\"127.0.0.1:5000\"}"));
        assertEquals("a registry login needs a username", refused(400, "POST", "/auth", "{\"password\":\"p\"}"));
        assertEquals("field username: expected a string, got a number", refused(400, "POST", "/auth", "{\"username\":1}"));
    }

    private List<JsonNode> lines(String response) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : UnixHttp.dechunk(response).split("\r\n")) {
            out.add(json.readTree(line));
        }
        return out;
    }

    private static List<String> statuses(List<JsonNode> lines) {
        return lines.stream().map(l -> l.path("status").asText()).toList();
    }
}
