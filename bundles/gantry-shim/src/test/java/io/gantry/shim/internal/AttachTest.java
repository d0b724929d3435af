package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.shim.ShimRequest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What conmon's attach socket and control fifo say when they are misused. */
class AttachTest extends RealShimTest {
    @Test
    void writingToAContainerWithoutStdinFailsClearly() throws Exception {
        ShimRequest request = request(List.of("sleep", "30"));
        run(request);
        try (StdioStream stdio = shim.attach(request.containerId())) {
            byte[] x = {'x'};
            IOException e = assertThrows(IOException.class, () -> stdio.write(x, 0, 1));
            assertTrue(e.getMessage().contains("was not started with stdin open"), e.getMessage());
        }
    }

    @Test
    void namesWhyAnAttachIsRefused() throws Exception {
        ShimRequest request = request(List.of("true"));
        String id = request.containerId();
        run(request);
        assertEquals(id, exited.poll(10, TimeUnit.SECONDS));

        FailedPreconditionException stopped = assertThrows(FailedPreconditionException.class, () -> shim.attach(id));
        assertEquals("cannot attach to container " + id + ": it is not running", stopped.getMessage());
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
    }
}
