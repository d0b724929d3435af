package io.gantry.daemon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.system.SystemInfo;
import io.gantry.daemon.internal.event.EventHistory;
import io.gantry.daemon.internal.server.ApiServer;
import io.gantry.testkit.fake.FakeArchive;
import io.gantry.testkit.fake.FakeAttach;
import io.gantry.testkit.fake.FakeContainers;
import io.gantry.testkit.fake.FakeEventBus;
import io.gantry.testkit.fake.FakeExec;
import io.gantry.testkit.fake.FakeCommit;
import io.gantry.testkit.fake.FakeImages;
import io.gantry.testkit.fake.FakeMonitor;
import io.gantry.testkit.fake.FakeNetworks;
import io.gantry.testkit.fake.FakeVolumes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Serves the API on a socket in a temporary folder, over the testkit's fake engine, and calls it. */
@Timeout(20)
public abstract class ApiTestBase {
    protected final ObjectMapper json = new ObjectMapper();
    protected final FakeContainers containers = new FakeContainers();
    protected final FakeAttach attach = new FakeAttach(containers);
    protected final FakeExec exec = new FakeExec(containers);
    protected final FakeArchive archive = new FakeArchive(containers);
    protected final FakeMonitor monitor = new FakeMonitor(containers);
    protected final FakeEventBus bus = new FakeEventBus();
    protected final FakeImages images = new FakeImages();
    protected final FakeCommit commits = new FakeCommit(containers);
    protected final FakeNetworks networks = new FakeNetworks();
    protected final FakeVolumes volumes = new FakeVolumes();
    protected ApiServer server;
    protected EventHistory events;
    protected Path socket;

    /** Every route, as the daemon assembles them, over the fakes. */
    @BeforeEach
    protected void startServer(@TempDir Path dir) throws Exception {
        socket = dir.resolve("api.sock");
        events = new EventHistory(bus);
        SystemInfo info = new SystemInfo("0.1.0", "/data", "/run", "1", "runc", "vfs", "none", 0, 0, 1, List.of(),
                "json-file");
        server = new ApiServer(socket, ApiRoutes.build(containers, attach, exec, archive, monitor, images,
                commits, () -> info, networks, volumes, events, json), json);
        assertTrue(server.start().await(10, TimeUnit.SECONDS), "server bound");
    }

    @AfterEach
    protected void stopServer() throws Exception {
        server.close();
        events.close();
    }

    protected String call(String method, String path, String body) throws Exception {
        return UnixHttp.exchange(socket, method, path, body);
    }

    /** Creates container "web" and an exec in it from {@code body}; the exec's id. */
    protected String createExec(String body) throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        String r = call("POST", "/containers/web/exec", body);
        assertTrue(r.startsWith("HTTP/1.1 201"), r);
        return body(r).get("Id").asText();
    }

    protected static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    protected JsonNode body(String response) throws Exception {
        return json.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    }

    /** Asserts the status and returns the message of the error answer. */
    protected String refused(int expectedStatus, String method, String path, String body) throws Exception {
        String r = call(method, path, body);
        assertEquals(expectedStatus, status(r), r);
        return body(r).get("message").asText();
    }
}
