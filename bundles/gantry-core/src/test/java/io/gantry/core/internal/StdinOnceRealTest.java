package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.testkit.OutputCollector;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Docker's StdinOnce on real conmon: the first attached client's end closes stdin, or stdin stays open. */
class StdinOnceRealTest extends RealEngineTest {
    @Test
    void withStdinOnceTheFirstClientsDetachEndsCat() throws Exception {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("sh", "-c", "cat; exit 4").openStdin(true)
                .stdinOnce(true).build());
        CompletableFuture<StdioStream> attached = real.engine.attach.attachOnStart(box.id(), true);
        CompletableFuture<?> exited = real.engine.lifecycle.waitFor(box.id(), WaitCondition.NEXT_EXIT);
        real.engine.lifecycle.start(box.id());
        try (StdioStream stdio = attached.get(10, TimeUnit.SECONDS)) {
            OutputCollector output = OutputCollector.of(stdio);
            write(stdio, "first\n");
            output.awaitStdout("first\n");
        }
        exited.get(10, TimeUnit.SECONDS);
        assertEquals(4, real.engine.lifecycle.inspect(box.id()).exitCode());
    }

    @Test
    void withoutStdinOnceStdinStaysOpenForTheNextAttach() throws Exception {
        Container box = real.run(RealEngine.busybox("cat").openStdin(true).stdinOnce(false));
        try (StdioStream first = real.engine.attach.attach(box.id(), true)) {
            OutputCollector output = OutputCollector.of(first);
            write(first, "first\n");
            output.awaitStdout("first\n");
            first.closeStdin();
        }
        try (StdioStream second = real.engine.attach.attach(box.id(), true)) {
            OutputCollector output = OutputCollector.of(second);
            write(second, "second\n");
            output.awaitStdout("second\n");
        }
        assertEquals(ContainerState.RUNNING, real.state(box.id()));
        real.engine.lifecycle.stop(box.id(), Duration.ZERO);
    }
}
