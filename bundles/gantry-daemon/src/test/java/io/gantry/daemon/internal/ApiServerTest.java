package io.gantry.daemon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.daemon.internal.server.ApiServer;
import io.gantry.daemon.internal.stream.Frames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server itself: its socket, versions, errors and limits, and a first call of each kind of route. */
class ApiServerTest extends ApiTestBase {
    @BeforeEach
    @Override
    protected void startServer(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("api.sock"), "stale");
        super.startServer(dir);
    }

    @Test
    void replacesAStaleSocketWithMode0660() throws Exception {
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
    }

    @Test
    void removesTheSocketOnClose() {
        server.close();
        assertFalse(Files.exists(socket));
    }

    @Test
    void pingAnswersOkWithTheNegotiationHeaders() throws Exception {
        String r = call("GET", "/_ping", null);
        assertEquals(200, status(r));
        assertTrue(r.endsWith("\r\n\r\nOK"), r);
        assertTrue(r.contains("Api-Version: 1.41") && r.contains("Ostype: linux") && r.contains("Server: Gantry/"), r);
        assertTrue(r.toLowerCase().contains("cache-control: no-cache"), r);
        assertEquals(200, status(call("HEAD", "/v1.24/_ping", null)));
    }

    @Test
    void servesVersionedAndUnversionedPaths() throws Exception {
        assertEquals("linux", body(call("GET", "/v1.41/info", null)).get("OSType").asText());
        assertEquals("1.41", body(call("GET", "/version", null)).get("ApiVersion").asText());
    }

    @Test
    void refusesATooNewVersion() throws Exception {
        String r = call("GET", "/v1.44/version", null);
        assertEquals(400, status(r));
        assertEquals("client version 1.44 is too new. Maximum supported API version is 1.41",
                body(r).get("message").asText());
    }

    @Test
    void unknownRouteIs404PageNotFound() throws Exception {
        String r = call("GET", "/v1.41/nothing/here", null);
        assertEquals(404, status(r));
        assertEquals("page not found", body(r).get("message").asText());
    }

    @Test
    void createMapsTheBodyAndAnswers201() throws Exception {
        String r = call("POST", "/v1.41/containers/create?name=web", "{\"Image\":\"busybox\",\"Cmd\":[\"echo\",\"hi\"],"
                + "\"Env\":[\"A=1\"],\"Labels\":{\"k\":\"v\"},\"Unknown\":7,\"HostConfig\":{\"Memory\":67108864,"
                + "\"NetworkMode\":\"default\",\"AutoRemove\":true,\"RestartPolicy\":{\"Name\":\"no\"}}}");
        assertEquals(201, status(r), r);
        assertEquals(64, body(r).get("Id").asText().length());
        assertTrue(body(r).get("Warnings").isArray());
        var config = containers.created.get(0);
        assertEquals("web", config.name());
        assertEquals(List.of("echo", "hi"), config.cmd());
        assertEquals(67108864L, config.resources().memoryBytes());
        assertTrue(config.autoRemove());
        assertEquals(null, config.networkMode());
    }

    @Test
    void hostileCreateRequestsAre4xxAndCreateNothing() throws Exception {
        assertEquals(400, status(call("POST", "/containers/create", "{\"Image\":")));
        assertEquals(400, status(call("POST", "/containers/create", "[1,2]")));
        assertEquals(400, status(call("POST", "/containers/create", "{\"Cmd\":[\"sh\"]}")));
        assertEquals(400, status(call("POST", "/containers/create", "{\"Image\":\"busybox\",\"Cmd\":5}")));
        assertEquals(400, status(call("POST", "/containers/create",
                "{\"Image\":\"busybox\",\"HostConfig\":{\"Binds\":[\"/tmp:/\"]}}")));
        assertEquals(400, status(call("POST", "/containers/create",
                "{\"Image\":\"busybox\",\"HostConfig\":{\"RestartPolicy\":{\"Name\":\"sometimes\"}}}")));
        assertEquals(400, status(call("POST", "/containers/create?name=../x", "{\"Image\":\"busybox\"}")));
        String r = call("POST", "/containers/create", "{\"Image\":\"nothere\"}");
        assertEquals(404, status(r));
        assertEquals("No such image: nothere", body(r).get("message").asText());
        assertTrue(containers.created.isEmpty());
    }

    @Test
    void aHugeBodyIs413WithAMessage() throws Exception {
        try (UnixHttp http = new UnixHttp(socket)) {
            http.sendRaw(("POST /containers/create HTTP/1.1\r\nHost: d\r\nContent-Length: "
                    + (ApiServer.MAX_BODY_BYTES + 1) + "\r\n\r\n").getBytes());
            String r = http.readAll();
            assertEquals(413, status(r));
            assertTrue(body(r).get("message").asText().contains("too large"), r);
        }
    }

    @Test
    void unknownContainerIs404() throws Exception {
        String r = call("POST", "/containers/nope/start", null);
        assertEquals(404, status(r));
        assertEquals("No such container: nope", body(r).get("message").asText());
    }

    @Test
    void inspectAndListUseDockersShapes() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\",\"Labels\":{\"app\":\"x\"}}");
        JsonNode inspect = body(call("GET", "/containers/web/json", null));
        assertEquals("/web", inspect.get("Name").asText());
        assertEquals("sh", inspect.get("Path").asText(), "the image's cmd when the container gives none");
        assertEquals("created", inspect.get("State").get("Status").asText());
        assertEquals("busybox", inspect.get("Config").get("Image").asText());
        JsonNode list = body(call("GET", "/containers/json?all=1&filters=%7B%22label%22%3A%5B%22app%3Dx%22%5D%7D",
                null));
        assertEquals(1, list.size());
        assertEquals("/web", list.get(0).get("Names").get(0).asText());
        assertEquals("Created", list.get(0).get("Status").asText());
        assertEquals(0, body(call("GET", "/containers/json?all=1&filters=%7B%22label%22%3A%5B%22app%3Dy%22%5D%7D",
                null)).size());
        assertEquals(400, status(call("GET", "/containers/json?filters=nonsense", null)));
    }

    @Test
    void logsAreMultiplexedFrames() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        monitor.log.add(new LogEntry(LogEntry.Stream.STDOUT, Instant.now(), "hi", false));
        monitor.log.add(new LogEntry(LogEntry.Stream.STDERR, Instant.now(), "oops", false));
        String r = call("GET", "/containers/web/logs?stdout=1&stderr=1", null);
        assertEquals(200, status(r));
        assertTrue(r.contains(new String(Frames.frame(Frames.STDOUT, "hi\n".getBytes()), "ISO-8859-1")), r);
        assertTrue(r.contains(new String(Frames.frame(Frames.STDERR, "oops\n".getBytes()), "ISO-8859-1")), r);
    }

    @Test
    void waitFlushesHeadersBeforeTheContainerExits() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        try (UnixHttp http = new UnixHttp(socket)) {
            http.send("POST", "/containers/web/wait?condition=next-exit", null, "close");
            assertTrue(http.readUntil("\r\n\r\n").startsWith("HTTP/1.1 200"));
            containers.exit.complete(new ExitStatus(3, false));
            assertTrue(http.readAll().contains("{\"StatusCode\":3,\"Error\":null}"));
        }
        assertEquals(400, status(call("POST", "/containers/web/wait?condition=bogus", null)));
    }

    @Test
    void statsHasNoNegativeFigures() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        JsonNode stats = body(call("GET", "/containers/web/stats?stream=0", null));
        assertTrue(stats.get("memory_stats").get("limit").asLong() > 0);
        assertFalse(stats.get("pids_stats").has("limit"));
        assertEquals(1, stats.get("pids_stats").get("current").asLong());
    }

    @Test
    void imagesListInspectAndPullOfAnUnknownImage() throws Exception {
        assertEquals("busybox:latest", body(call("GET", "/images/json", null)).get(0).get("RepoTags").get(0).asText());
        JsonNode inspect = body(call("GET", "/images/busybox/json", null));
        assertEquals("layers", inspect.get("RootFS").get("Type").asText());
        assertEquals(1, inspect.get("RootFS").get("Layers").size());
        String pull = call("POST", "/images/create?fromImage=nothere&tag=latest", null);
        assertEquals(404, status(pull));
        assertEquals("manifest unknown: nothere:latest", body(pull).get("message").asText());
    }
}
