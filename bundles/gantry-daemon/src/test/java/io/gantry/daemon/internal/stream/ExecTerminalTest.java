package io.gantry.daemon.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.daemon.internal.UnixHttp;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `docker exec -it`: the terminal's first size, and the detach keys its create asked for. */
class ExecTerminalTest extends ApiTestBase {
    @Test
    void theCreatesConsoleSizeAndDetachKeysAreKept() throws Exception {
        String id = createExec("{\"Cmd\":[\"sh\"],\"Tty\":true,\"ConsoleSize\":[40,120],\"DetachKeys\":\"ctrl-e\"}");
        ExecConfig config = exec.inspectExec(id).config();
        assertEquals(new ConsoleSize(40, 120), config.consoleSize());
        assertEquals("ctrl-e", config.detachKeys());
        assertEquals("BQ==", body(call("GET", "/exec/" + id + "/json", null)).get("DetachKeys").asText());
        String none = body(call("POST", "/containers/web/exec", "{\"Cmd\":[\"sh\"],\"ConsoleSize\":[0,0]}"))
                .get("Id").asText();
        assertNull(exec.inspectExec(none).config().consoleSize(), "[0, 0] is no size");
    }

    @Test
    void aBadConsoleSizeIsRefused() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        String message = refused(400, "POST", "/containers/web/exec", "{\"Cmd\":[\"sh\"],\"ConsoleSize\":[40]}");
        assertTrue(message.contains("ConsoleSize"), message);
    }

    @Test
    void theStartsConsoleSizeResizesBeforeTheProcessRuns() throws Exception {
        String id = createExec("{\"Cmd\":[\"sh\"],\"Tty\":true,\"AttachStdout\":true}");
        exec.stdio.endOutput();
        call("POST", "/exec/" + id + "/start", "{\"Tty\":true,\"ConsoleSize\":[30,100]}");
        int resize = containers.calls.indexOf("resizeExec " + id + " 30x100");
        assertTrue(resize >= 0 && resize < containers.calls.indexOf("startExec " + id), containers.calls.toString());
    }

    @Test
    void theExecsDetachKeysDetachFromItsTerminal() throws Exception {
        String id = createExec("{\"Cmd\":[\"sh\"],\"Tty\":true,\"AttachStdin\":true,\"AttachStdout\":true,"
                + "\"DetachKeys\":\"ctrl-e\"}");
        try (UnixHttp http = new UnixHttp(socket)) {
            http.sendUpgrade("/exec/" + id + "/start", "{\"Tty\":true}");
            assertTrue(http.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
            http.sendRaw("pwd\r\u0005".getBytes(StandardCharsets.US_ASCII));
            assertTrue(exec.stdio.closed.await(5, TimeUnit.SECONDS), "detached");
            assertEquals("", http.readAll());
        }
        assertEquals("pwd\r", exec.stdio.stdinText());
    }
}
