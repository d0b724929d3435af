package io.gantry.daemon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.system.SystemInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Serves the API on a socket in a temporary folder, over a fake engine, and calls it. */
@Timeout(20)
abstract class ApiTestBase {
    final ObjectMapper json = new ObjectMapper();
    final FakeContainers containers = new FakeContainers();
    final FakeBus bus = new FakeBus();
    final FakeImages images = new FakeImages();
    final FakeNetworks networks = new FakeNetworks();
    ApiServer server;
    EventHistory events;
    Path socket;

    @BeforeEach
    void startServer(@TempDir Path dir) throws Exception {
        socket = dir.resolve("api.sock");
        events = new EventHistory(bus);
        SystemInfo info = new SystemInfo("0.1.0", "/data", "/run", "1", "runc", "vfs", "none", 0, 0, 1, List.of());
        Services services = new Services(containers, images, () -> info, networks, events);
        server = new ApiServer(socket, ApiRoutes.build(services, json), json);
        assertTrue(server.start().await(10, TimeUnit.SECONDS), "server bound");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        events.close();
    }

    String call(String method, String path, String body) throws Exception {
        return UnixHttp.exchange(socket, method, path, body);
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    JsonNode body(String response) throws Exception {
        return json.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    }

    /** Asserts the status and returns the message of the error answer. */
    String refused(int expectedStatus, String method, String path, String body) throws Exception {
        String r = call(method, path, body);
        assertEquals(expectedStatus, status(r), r);
        return body(r).get("message").asText();
    }
}
