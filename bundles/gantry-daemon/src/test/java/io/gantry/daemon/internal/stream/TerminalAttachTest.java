package io.gantry.daemon.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.daemon.internal.UnixHttp;
import io.gantry.testkit.Await;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How a hijacked attach ends: the detach keys, the end of the client's input, a client that goes, a container
 * that is removed or fails to connect, each releasing what the attach held.
 */
class TerminalAttachTest extends ApiTestBase {
    private static final String ATTACH = "/containers/box/attach?stream=1&stdin=1&stdout=1&stderr=1";

    private void box(boolean tty, ContainerState state) throws Exception {
        call("POST", "/containers/create?name=box", "{\"Image\":\"busybox\",\"Tty\":" + tty + ",\"OpenStdin\":true}");
        containers.setState("box", state);
    }

    private UnixHttp hijack(String path) throws Exception {
        UnixHttp http = new UnixHttp(socket);
        http.sendUpgrade(path, null);
        String head = http.readUntil("\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 101"), head);
        return http;
    }

    private static void type(UnixHttp http, byte... keys) throws Exception {
        http.sendRaw(keys);
    }

    private static long stdinRelays() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("gantry-api-stdin")).count();
    }

    @Test
    void theDetachKeysEndATerminalAttachAndAreNeverTyped() throws Exception {
        box(true, ContainerState.RUNNING);
        try (UnixHttp http = hijack(ATTACH + "&detachKeys=ctrl-x,x")) {
            type(http, "ls\r".getBytes(StandardCharsets.US_ASCII));
            type(http, (byte) 24);
            type(http, (byte) 'x');
            assertTrue(attach.stdio.closed.await(5, TimeUnit.SECONDS), "detached");
            assertEquals("", http.readAll(), "the stream ends");
        }
        assertEquals("ls\r", attach.stdio.stdinText());
        assertEquals(1, attach.stdio.stdinClosed.getCount(), "the terminal keeps its input for the next client");
    }

    @Test
    void theDefaultKeysAreCtrlPCtrlQ() throws Exception {
        box(true, ContainerState.RUNNING);
        try (UnixHttp http = hijack(ATTACH)) {
            type(http, (byte) 16, (byte) 'a', (byte) 16, (byte) 17);
            assertTrue(attach.stdio.closed.await(5, TimeUnit.SECONDS), "detached");
        }
        assertEquals("\u0010a", attach.stdio.stdinText());
    }

    @Test
    void theEndOfInputDetachesFromATerminal() throws Exception {
        box(true, ContainerState.RUNNING);
        try (UnixHttp http = hijack(ATTACH)) {
            http.shutdownOutput();
            assertTrue(attach.stdio.closed.await(5, TimeUnit.SECONDS), "detached, as dockerd does with a tty");
            assertEquals("", http.readAll());
        }
        assertEquals(1, attach.stdio.stdinClosed.getCount());
    }

    @Test
    void theEndOfInputClosesStdinWithoutATerminalAndTheOutputGoesOn() throws Exception {
        box(false, ContainerState.RUNNING);
        try (UnixHttp http = hijack(ATTACH)) {
            type(http, "data\n".getBytes(StandardCharsets.US_ASCII));
            http.shutdownOutput();
            assertTrue(attach.stdio.stdinClosed.await(5, TimeUnit.SECONDS), "the process sees the end of its input");
            attach.stdio.print(LogEntry.Stream.STDERR, "done\n");
            attach.stdio.endOutput();
            String rest = http.readAll();
            assertEquals(new String(Frames.frame(Frames.STDERR, "done\n".getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.ISO_8859_1), rest);
        }
        assertEquals("data\n", attach.stdio.stdinText());
    }

    @Test
    void aClientThatGoesIsDetachedAtOnceEvenAfterItsInputEnded() throws Exception {
        box(false, ContainerState.RUNNING);
        UnixHttp http = hijack(ATTACH);
        Await.until("a relay carries stdin", () -> stdinRelays() == 1);
        http.shutdownOutput();
        assertTrue(attach.stdio.stdinClosed.await(5, TimeUnit.SECONDS));
        assertEquals(1, attach.stdio.closed.getCount(), "a half-closed client still reads the output");
        http.close();
        assertTrue(attach.stdio.closed.await(5, TimeUnit.SECONDS), "detached once the client has gone");
        Await.until("no relay left", () -> stdinRelays() == 0);
    }

    @Test
    void aKilledTerminalClientIsDetachedAtOnce() throws Exception {
        box(true, ContainerState.RUNNING);
        UnixHttp http = hijack("/containers/box/attach?stream=1&stdout=1");
        http.close();
        assertTrue(attach.stdio.closed.await(5, TimeUnit.SECONDS), "detached");
    }

    @Test
    void aLogAttachWhoseClientGoesAfterItsHalfCloseIsReleased() throws Exception {
        call("POST", "/containers/create?name=quiet", "{\"Image\":\"busybox\"}");
        containers.setState("quiet", ContainerState.RUNNING);
        monitor.logsBlockUntilInterrupted = true;
        UnixHttp http = hijack("/containers/quiet/attach?stream=1&stdout=1&stderr=1");
        assertTrue(monitor.logsBlocking.await(5, TimeUnit.SECONDS), "follows the log");
        // the docker CLI half-closes at once when it attaches no stdin
        http.shutdownOutput();
        assertEquals(200, status(call("GET", "/containers/quiet/json", null)));
        assertEquals(1, monitor.logsInterrupted.getCount(), "still following for a client that reads");
        http.close();
        assertTrue(monitor.logsInterrupted.await(5, TimeUnit.SECONDS), "released once the client has gone");
    }

    @Test
    void aClientThatLeavesBeforeTheStartWithdrawsItsAttach() throws Exception {
        box(true, ContainerState.CREATED);
        UnixHttp http = hijack(ATTACH);
        Await.until("the attach waits for the start", () -> attach.waiting.size() == 1);
        http.close();
        Await.until("withdrawn", () -> attach.waiting.isEmpty());
        Await.until("no relay left", () -> stdinRelays() == 0);
    }

    /** What the client reads after the attach it hijacked, waiting for the start, fails with {@code failure}. */
    private String afterTheWaitFails(boolean tty, Exception failure) throws Exception {
        box(tty, ContainerState.CREATED);
        try (UnixHttp http = hijack(ATTACH)) {
            Await.until("waiting", () -> attach.waiting.size() == 1);
            attach.waiting.values().iterator().next().completeExceptionally(failure);
            return http.readAll();
        }
    }

    @Test
    void aContainerRemovedBeforeItStartedEndsTheAttach() throws Exception {
        assertEquals("", afterTheWaitFails(true, new NotFoundException("removed")), "a clean end of the stream");
    }

    @Test
    void aFailureAfterTheUpgradeClosesTheConnection() throws Exception {
        assertEquals("", afterTheWaitFails(false, new GantryException("shim gone")),
                "closed, not an HTTP answer on a raw stream");
    }

    @Test
    void attachToAPausedContainerIsAConflict() throws Exception {
        box(true, ContainerState.PAUSED);
        assertTrue(refused(409, "POST", ATTACH, null).contains("paused"));
    }
}
