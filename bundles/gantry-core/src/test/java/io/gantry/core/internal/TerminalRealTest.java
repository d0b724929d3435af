package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.testkit.OutputCollector;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Attach before the start, stdin's end and the exit code, and an exec's first terminal size, on real conmon. */
class TerminalRealTest extends RealEngineTest {
    @Test
    void anAttachBeforeTheStartSeesAllOfAFastProcesssOutput() throws Exception {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("sh", "-c", "echo fast; tty").tty(true)
                .openStdin(true).build());
        CompletableFuture<StdioStream> attached = real.engine.attach.attachOnStart(box.id(), true);
        real.engine.lifecycle.start(box.id());
        OutputCollector output = OutputCollector.of(attached.get(10, TimeUnit.SECONDS));
        output.awaitEnd();
        assertEquals("fast\r\n/dev/pts/0\r\n", output.stdout());
    }

    @Test
    void theEndOfStdinEndsThePipedProcessWithItsExitCode() throws Exception {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("sh", "-c", "cat; exit 3").openStdin(true)
                .stdinOnce(true).build());
        CompletableFuture<StdioStream> attached = real.engine.attach.attachOnStart(box.id(), true);
        CompletableFuture<?> exited = real.engine.lifecycle.waitFor(box.id(), WaitCondition.NEXT_EXIT);
        real.engine.lifecycle.start(box.id());
        StdioStream stdio = attached.get(10, TimeUnit.SECONDS);
        OutputCollector output = OutputCollector.of(stdio);
        write(stdio, "piped\n");
        stdio.closeStdin();
        output.awaitEnd();
        assertEquals("piped\n", output.stdout());
        exited.get(10, TimeUnit.SECONDS);
        assertEquals(3, real.engine.lifecycle.inspect(box.id()).exitCode());
    }

    @Test
    void aRunningContainerIsAttachedAtOnceAndARemovedOneFailsTheWait() throws Exception {
        Container running = real.run(RealEngine.busybox("sleep", "1000").tty(true).openStdin(true));
        try (StdioStream stdio = real.engine.attach.attachOnStart(running.id(), true).get(10, TimeUnit.SECONDS)) {
            OutputCollector output = OutputCollector.of(stdio);
            write(stdio, "x");
            output.awaitStdout("x");
        }
        Container idle = real.engine.lifecycle.create(RealEngine.busybox("true").build());
        CompletableFuture<StdioStream> waiting = real.engine.attach.attachOnStart(idle.id(), false);
        real.engine.lifecycle.remove(idle.id(), false);
        ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertEquals(NotFoundException.class, e.getCause().getClass());
    }

    @Test
    void anExecTerminalStartsWithItsConsoleSizeOrTheResizeAskedBeforeItsStart() throws Exception {
        Container box = real.run(RealEngine.busybox("sleep", "1000"));
        String sized = real.engine.exec.createExec(box.id(), new ExecConfig(List.of("stty", "size"), null, null, null,
                true, false, true, true, false, null, new ConsoleSize(40, 120)));
        OutputCollector first = OutputCollector.of(real.engine.exec.startExec(sized));
        first.awaitEnd();
        assertEquals("40 120\r\n", first.stdout());
        String resized = real.engine.exec.createExec(box.id(), new ExecConfig(List.of("stty", "size"), null, null,
                null, true, false, true, true, false));
        real.engine.exec.resizeExec(resized, 33, 97);
        OutputCollector second = OutputCollector.of(real.engine.exec.startExec(resized));
        second.awaitEnd();
        assertEquals("33 97\r\n", second.stdout());
    }
}
