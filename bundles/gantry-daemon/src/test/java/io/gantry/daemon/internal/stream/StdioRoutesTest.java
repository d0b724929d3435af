package io.gantry.daemon.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.exec.ExecInfo;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.event.Event;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.daemon.internal.UnixHttp;
import io.gantry.testkit.Await;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Attach, exec, top and resize over the API, against a fake engine whose stdio the test plays. */
class StdioRoutesTest extends ApiTestBase {
    private static String frame(byte stream, String text) {
        return new String(Frames.frame(stream, text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1);
    }

    @Test
    void execCreateMapsTheBody() throws Exception {
        String id = createExec("{\"Cmd\":[\"sh\",\"-c\",\"cat\"],\"Env\":[\"A=1\"],\"User\":\"nobody\","
                + "\"WorkingDir\":\"/tmp\",\"Tty\":true,\"AttachStdin\":true,\"Privileged\":true,\"DetachKeys\":\"x\"}");
        ExecInfo info = exec.inspectExec(id);
        assertEquals(List.of("sh", "-c", "cat"), info.config().cmd());
        assertEquals(List.of("A=1"), info.config().env());
        assertEquals("nobody", info.config().user());
        assertEquals("/tmp", info.config().workingDir());
        assertTrue(info.config().tty() && info.config().attachStdin() && info.config().privileged());
        assertTrue(call("POST", "/containers/web/exec", "{\"Cmd\":7}").startsWith("HTTP/1.1 400"));
    }

    @Test
    void hijackedExecStartCarriesStdinBothWaysAndEndsWithTheOutput() throws Exception {
        String id = createExec("{\"Cmd\":[\"cat\"],\"AttachStdin\":true,\"AttachStdout\":true,"
                + "\"AttachStderr\":true}");
        try (UnixHttp http = new UnixHttp(socket)) {
            http.sendUpgrade("/v1.41/exec/" + id + "/start", "{\"Detach\":false,\"Tty\":false}");
            String head = http.readUntil("\r\n\r\n");
            assertTrue(head.startsWith("HTTP/1.1 101"), head);
            assertTrue(head.contains(Frames.MULTIPLEXED_STREAM), head);
            http.sendRaw("hello\n".getBytes(StandardCharsets.UTF_8));
            http.shutdownOutput();
            assertTrue(exec.stdio.stdinClosed.await(5, TimeUnit.SECONDS), "stdin closed after the half-close");
            assertEquals("hello\n", exec.stdio.stdinText());
            exec.stdio.print(LogEntry.Stream.STDOUT, "hello\n");
            exec.stdio.print(LogEntry.Stream.STDERR, "warn\n");
            exec.stdio.endOutput();
            String rest = http.readAll();
            assertTrue(rest.contains(frame(Frames.STDOUT, "hello\n")), rest);
            assertTrue(rest.contains(frame(Frames.STDERR, "warn\n")), rest);
        }
    }

    @Test
    void execStartWithoutUpgradeStreamsAPlainResponse() throws Exception {
        String id = createExec("{\"Cmd\":[\"hostname\"],\"AttachStdout\":true}");
        exec.stdio.print(LogEntry.Stream.STDOUT, "abc\n");
        exec.stdio.endOutput();
        String r = call("POST", "/exec/" + id + "/start", "{}");
        assertTrue(r.startsWith("HTTP/1.1 200"), r);
        assertTrue(r.toLowerCase().contains("content-type: " + Frames.MULTIPLEXED_STREAM), r);
        assertTrue(r.contains(frame(Frames.STDOUT, "abc\n")), r);
        assertTrue(r.endsWith("0\r\n\r\n"), "the chunked body ends: " + r);
    }

    @Test
    void detachedExecStartAnswers200AtOnce() throws Exception {
        String id = createExec("{\"Cmd\":[\"sleep\",\"5\"]}");
        String r = call("POST", "/exec/" + id + "/start", "{\"Detach\":true}");
        assertTrue(r.startsWith("HTTP/1.1 200"), r);
        assertTrue(containers.calls.contains("startExecDetached " + id));
    }

    @Test
    void execInspectUsesDockersShape() throws Exception {
        String id = createExec("{\"Cmd\":[\"sh\",\"-c\",\"exit 3\"],\"User\":\"nobody\"}");
        exec.startExecDetached(id);
        JsonNode inspect = body(call("GET", "/exec/" + id + "/json", null));
        assertEquals(id, inspect.get("ID").asText());
        assertTrue(inspect.get("Running").asBoolean());
        assertTrue(inspect.get("ExitCode").isNull(), "no exit code while running");
        assertEquals(4242, inspect.get("Pid").asInt());
        assertEquals("sh", inspect.get("ProcessConfig").get("entrypoint").asText());
        assertEquals("[\"-c\",\"exit 3\"]", inspect.get("ProcessConfig").get("arguments").toString());
        assertEquals("nobody", inspect.get("ProcessConfig").get("user").asText());
        assertEquals(containers.inspect("web").id(), inspect.get("ContainerID").asText());
        assertTrue(!inspect.get("CanRemove").asBoolean() && !inspect.get("OpenStdin").asBoolean());
        String missing = call("GET", "/exec/nope/json", null);
        assertTrue(missing.startsWith("HTTP/1.1 404"), missing);
        assertEquals("No such exec instance: nope", body(missing).get("message").asText());
    }

    @Test
    void resizeAndTopMapOntoTheEngine() throws Exception {
        String id = createExec("{\"Cmd\":[\"sh\"],\"Tty\":true}");
        assertTrue(call("POST", "/containers/web/resize?h=40&w=120", null).startsWith("HTTP/1.1 200"));
        assertTrue(call("POST", "/exec/" + id + "/resize?h=24&w=80", null).startsWith("HTTP/1.1 200"));
        assertTrue(call("POST", "/containers/web/resize?h=40", null).startsWith("HTTP/1.1 400"));
        String web = containers.inspect("web").id();
        assertEquals(List.of("create busybox", "createExec " + web + " [sh]", "resize " + web + " 40x120",
                "resizeExec " + id + " 24x80"), containers.calls);
        JsonNode top = body(call("GET", "/containers/web/top?ps_args=aux", null));
        assertEquals("[\"UID\",\"PID\",\"CMD\"]", top.get("Titles").toString());
        assertEquals("[[\"root\",\"42\",\"sleep 300\"]]", top.get("Processes").toString());
        assertTrue(containers.calls.contains("top " + web + " aux"));
    }

    @Test
    void attachBeforeStartIsConnectedAtTheStartAndKeepsEarlyStdin() throws Exception {
        call("POST", "/containers/create?name=box", "{\"Image\":\"busybox\",\"Tty\":true,\"OpenStdin\":true}");
        String box = containers.inspect("box").id();
        try (UnixHttp http = new UnixHttp(socket)) {
            http.sendUpgrade("/containers/box/attach?stream=1&stdin=1&stdout=1&stderr=1", null);
            assertTrue(http.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
            http.sendRaw("echo hi\n".getBytes(StandardCharsets.UTF_8));
            assertTrue(call("POST", "/containers/box/start", null).startsWith("HTTP/1.1 204"));
            attach.stdio.print(LogEntry.Stream.STDOUT, "hi\r\n");
            attach.stdio.endOutput();
            String rest = http.readAll();
            assertEquals("hi\r\n", rest, "raw output with a tty");
            Await.until("stdin sent before the start is delivered", () -> attach.stdio.stdinText().equals("echo hi\n"));
            assertEquals(List.of("create busybox", "attach " + box + " stdin=true waits", "start " + box,
                    "attach " + box + " on start"), containers.calls, "connected by the start, not after it");
        }
    }

    @Test
    void attachWithoutStdinOrTtyFollowsTheLog() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        monitor.log.add(new LogEntry(LogEntry.Stream.STDOUT, Instant.now(), "hi", false));
        try (UnixHttp http = new UnixHttp(socket)) {
            http.sendUpgrade("/containers/web/attach?stream=1&stdout=1&stderr=1", null);
            String all = http.readAll();
            assertTrue(all.startsWith("HTTP/1.1 101"), all);
            assertTrue(all.endsWith(frame(Frames.STDOUT, "hi\n")), all);
        }
        String web = containers.inspect("web").id();
        assertEquals(List.of("create busybox", "logs " + web), containers.calls, "no live attach, nor a start");
    }

    @Test
    void attachingToAnExitedContainerFollowsItsLogFromTheNextStart() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        containers.setState("web", ContainerState.EXITED);
        monitor.log.add(new LogEntry(LogEntry.Stream.STDOUT, Instant.now(), "again", false));
        try (UnixHttp http = new UnixHttp(socket)) {
            http.sendUpgrade("/containers/web/attach?stream=1&stdout=1", null);
            assertTrue(http.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
            assertTrue(call("POST", "/containers/web/start", null).startsWith("HTTP/1.1 204"));
            bus.publish(new Event("container", "start", containers.inspect("web").id(), Map.of(), Instant.now()));
            assertTrue(http.readAll().endsWith(frame(Frames.STDOUT, "again\n")));
        }
        String web = containers.inspect("web").id();
        assertEquals(List.of("create busybox", "start " + web, "logs " + web), containers.calls,
                "read after the start, not before");
    }
}
