package io.gantry.daemon.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.ContainerState;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.testkit.Await;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** GET /containers/{id}/attach/ws with a real WebSocket client, as docker-py and browser consoles use it. */
class WebSocketAttachTest extends ApiTestBase {
    private void container(String name, boolean tty, boolean openStdin) throws Exception {
        call("POST", "/containers/create?name=" + name, "{\"Image\":\"busybox\",\"Tty\":" + tty + ",\"OpenStdin\":"
                + openStdin + "}");
        containers.setState(name, ContainerState.RUNNING);
    }

    @Test
    void aTerminalGoesBothWaysInBinaryFramesAndTheEndClosesTheSocket() throws Exception {
        container("box", true, true);
        try (WebSocketClient ws = new WebSocketClient(socket, "/v1.41/containers/box/attach/ws?stream=1")) {
            ws.send("ls\r");
            Await.until("stdin arrives", () -> attach.stdio.stdinText().equals("ls\r"));
            attach.stdio.print(LogEntry.Stream.STDOUT, "bin  etc\r\n");
            assertEquals("binary:bin  etc\r\n", ws.next());
            attach.stdio.endOutput();
            assertEquals("close:1000", ws.next());
            assertTrue(ws.closedWithin(5), "the server closes the connection");
        }
    }

    @Test
    void withoutATerminalTheOutputIsRawAndAClosingClientDetaches() throws Exception {
        container("box", false, true);
        try (WebSocketClient ws = new WebSocketClient(socket, "/containers/box/attach/ws?stream=1")) {
            attach.stdio.print(LogEntry.Stream.STDERR, "warn\n");
            assertEquals("binary:warn\n", ws.next(), "never multiplexed");
            ws.sendClose();
            assertTrue(attach.stdio.closed.await(5, TimeUnit.SECONDS), "detached");
        }
    }

    @Test
    void aContainerWithoutStdinIsServedFromItsLog() throws Exception {
        container("web", false, false);
        monitor.log.add(new LogEntry(LogEntry.Stream.STDOUT, Instant.now(), "from the log", false));
        try (WebSocketClient ws = new WebSocketClient(socket, "/containers/web/attach/ws?logs=1&stream=1")) {
            assertEquals("binary:from the log\n", ws.next());
            assertEquals("close:1000", ws.next(), "the followed log ended");
        }
        assertTrue(monitor.logOptions.follow() && monitor.logOptions.since() == null, "the whole log, followed");
    }

    @Test
    void beforeApi128TheFramesAreText() throws Exception {
        container("box", true, true);
        try (WebSocketClient ws = new WebSocketClient(socket, "/v1.27/containers/box/attach/ws?stream=1")) {
            attach.stdio.print(LogEntry.Stream.STDOUT, "hi");
            assertEquals("text:hi", ws.next());
        }
    }

    @Test
    void aPlainRequestIsRefused() throws Exception {
        container("box", true, true);
        String message = refused(400, "GET", "/containers/box/attach/ws?stream=1", null);
        assertTrue(message.contains("WebSocket"), message);
    }
}
