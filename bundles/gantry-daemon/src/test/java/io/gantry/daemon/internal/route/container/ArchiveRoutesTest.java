package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.daemon.internal.UnixHttp;
import io.gantry.testkit.fake.Digests;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docker cp and docker export: the archive routes with their stat header, and streamed uploads. */
class ArchiveRoutesTest extends ApiTestBase {
    @BeforeEach
    void createWeb() throws Exception {
        archive.files.put("/etc/hostname", "web\n".getBytes(StandardCharsets.UTF_8));
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
    }

    @Test
    void headAnswersTheStatHeaderAsBase64JsonWithGoFileModes() throws Exception {
        String r = call("HEAD", "/v1.41/containers/web/archive?path=/etc/hostname", null);
        assertEquals(200, status(r), r);
        JsonNode stat = statHeader(r);
        assertEquals("{\"name\":\"hostname\",\"size\":4,\"mode\":420,\"mtime\":\"2024-05-06T07:08:09Z\","
                + "\"linkTarget\":\"\"}", stat.toString());
        assertEquals((1L << 31) | 0755, statHeader(call("HEAD", "/containers/web/archive?path=/", null))
                .get("mode").asLong(), "a folder carries Go's ModeDir bit");
        assertTrue(r.endsWith("\r\n\r\n"), "no body: " + r);
    }

    @Test
    void getStreamsATarWithTheStatHeader() throws Exception {
        String r = call("GET", "/containers/web/archive?path=/etc/hostname", null);
        assertEquals(200, status(r), r);
        assertTrue(r.toLowerCase(Locale.ROOT).contains("content-type: application/x-tar"), r);
        assertEquals("hostname", statHeader(r).get("name").asText());
        assertEquals("tar of /etc/hostname", UnixHttp.dechunk(r));
    }

    @Test
    void missingPathsAndContainersAre404InDockersWords() throws Exception {
        assertEquals("Could not find the file /nothere in container web",
                refused(404, "GET", "/containers/web/archive?path=/nothere", null));
        assertEquals(404, status(call("HEAD", "/containers/web/archive?path=/nothere", null)));
        assertEquals("No such container: db", refused(404, "GET", "/containers/db/archive?path=/", null));
        assertEquals("no path given: the path query parameter is required",
                refused(400, "GET", "/containers/web/archive", null));
        assertEquals("No such container: db", refused(404, "GET", "/containers/db/export", null));
    }

    @Test
    void putStreamsALargeTarIntoTheFolderWhole() throws Exception {
        byte[] tar = new byte[21 * 1024 * 1024];
        new Random(7).nextBytes(tar);
        String r = UnixHttp.exchange(socket, "PUT", "/containers/web/archive?path=/&noOverwriteDirNonDir=true",
                "Content-Type: application/x-tar\r\n", tar);
        assertEquals(200, status(r), r);
        assertEquals(List.of("/ true " + Digests.of(tar)), archive.copiedIn);
    }

    @Test
    void putIntoAFileIs400AndIntoNothing404() throws Exception {
        byte[] tar = "tar".getBytes(StandardCharsets.UTF_8);
        String file = UnixHttp.exchange(socket, "PUT", "/containers/web/archive?path=/etc/hostname", "", tar);
        assertEquals(400, status(file), file);
        assertEquals("extraction point is not a directory", body(file).get("message").asText());
        String missing = UnixHttp.exchange(socket, "PUT", "/containers/web/archive?path=/nothere", "", tar);
        assertEquals("Could not find the file /nothere in container web", body(missing).get("message").asText());
        assertTrue(archive.copiedIn.isEmpty());
    }

    @Test
    void exportStreamsTheWholeFileSystem() throws Exception {
        String r = call("GET", "/containers/web/export", null);
        assertEquals(200, status(r), r);
        assertTrue(r.toLowerCase(Locale.ROOT).contains("content-type: application/x-tar"), r);
        assertEquals("export of web", UnixHttp.dechunk(r));
    }

    private JsonNode statHeader(String response) throws Exception {
        for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("x-docker-container-path-stat:")) {
                return json.readTree(Base64.getDecoder().decode(line.substring(line.indexOf(':') + 1).trim()));
            }
        }
        throw new AssertionError("no stat header in " + response);
    }
}
