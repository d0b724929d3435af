package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.Container;
import io.gantry.api.container.attach.ConsoleSize;
import org.junit.jupiter.api.Test;

/** HostConfig.ConsoleSize: a real container's terminal starts with the size asked for at create. */
class ConsoleSizeRealTest extends RealEngineTest {
    @Test
    void theTerminalStartsWithTheSizeAskedFor() throws Exception {
        Container box = real.runToEnd(RealEngine.script("stty size").tty(true).consoleSize(new ConsoleSize(33, 97)));
        assertEquals("33 97", real.output(box.id()).lines().findFirst().orElseThrow().trim());
    }
}
