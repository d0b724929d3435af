package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.StdioStream;
import io.gantry.api.shim.ShimRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Attaching to containers through conmon's attach socket, and resizing their terminal. */
class AttachTest extends RealShimTest {
    @Test
    void sendsStdinAndSeparatesStdoutFromStderr() throws Exception {
        ShimRequest request = request(List.of("sh", "-c", "read x; echo got:$x; echo err >&2"), false, true);
        shim.start(request);
        try (StdioStream stdio = shim.attach(request.containerId())) {
            OutputCollector output = OutputCollector.of(stdio);
            runtime.start(request.containerId());
            write(stdio, "hello\n");

            output.awaitStdout("got:hello\n");
            output.awaitStderr("err\n");
            output.awaitEnd();
            assertEquals("got:hello\n", output.stdout());
            assertEquals("err\n", output.stderr());
        }
        assertEquals(request.containerId(), exited.poll(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(0), shim.exitCode(request.containerId()));
    }

    @Test
    void closingStdinEndsCat() throws Exception {
        ShimRequest request = request(List.of("cat"), false, true);
        run(request);
        try (StdioStream stdio = shim.attach(request.containerId())) {
            OutputCollector output = OutputCollector.of(stdio);
            write(stdio, "echoed\n");
            output.awaitStdout("echoed\n");

            stdio.closeStdin();
            assertEquals(request.containerId(), exited.poll(10, TimeUnit.SECONDS));
            assertEquals(Optional.of(0), shim.exitCode(request.containerId()));
            output.awaitEnd();
        }
    }

    @Test
    void givesATerminalThatCanBeResized() throws Exception {
        ShimRequest request = request(List.of("sh"), true, true);
        shim.start(request);
        try (StdioStream stdio = shim.attach(request.containerId())) {
            OutputCollector output = OutputCollector.of(stdio);
            runtime.start(request.containerId());
            write(stdio, "echo h''i\n");
            output.awaitStdout("hi\r\n");

            shim.resize(request.containerId(), 33, 97);
            write(stdio, "stty size\n");
            output.awaitStdout("33 97\r\n");
            write(stdio, "exit 4\n");
            output.awaitEnd();
            assertEquals("", output.stderr());
        }
        assertEquals(request.containerId(), exited.poll(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(4), shim.exitCode(request.containerId()));
    }

    @Test
    void closeWakesABlockedReadAndLeavesTheContainerRunning() throws Exception {
        ShimRequest request = request(List.of("sleep", "30"));
        run(request);
        StdioStream stdio = shim.attach(request.containerId());
        OutputCollector output = OutputCollector.of(stdio);
        stdio.close();
        output.awaitEnd();

        assertTrue(shim.isAlive(request.containerId()));
        IOException e = assertThrows(IOException.class, () -> write(stdio, "x"));
        assertTrue(e.getMessage().contains("was not started with stdin open"), e.getMessage());
        runtime.kill(request.containerId(), 9, true);
        assertEquals(request.containerId(), exited.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void refusesContainersThatAreNotRunningOrUnknown() throws Exception {
        ShimRequest request = request(List.of("true"));
        String id = request.containerId();
        run(request);
        assertEquals(id, exited.poll(10, TimeUnit.SECONDS));

        FailedPreconditionException stopped = assertThrows(FailedPreconditionException.class, () -> shim.attach(id));
        assertEquals("cannot attach to container " + id + ": it is not running", stopped.getMessage());
        assertThrows(FailedPreconditionException.class, () -> shim.resize(id, 10, 10));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> shim.attach("gt-unknown"));
        assertEquals("cannot attach to container gt-unknown: the shim has no such container", unknown.getMessage());
    }

    @Test
    void rejectsAnImpossibleTerminalSize() throws Exception {
        ShimRequest request = request(List.of("sleep", "30"), true, false);
        run(request);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> shim.resize(request.containerId(), 0, 80));
        assertEquals("invalid terminal height 0: must be 1 to 65535", e.getMessage());
        runtime.kill(request.containerId(), 9, true);
        assertEquals(request.containerId(), exited.poll(10, TimeUnit.SECONDS));
    }

    private static void write(StdioStream stdio, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        stdio.write(bytes, 0, bytes.length);
    }
}
