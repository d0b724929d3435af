package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.TopResult;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachAndTopTest extends StdioEngineTest {
    @Test
    void attachNeedsARunningContainer() {
        fx.create("web");
        ConflictException e = assertThrows(ConflictException.class, () -> engine.attach.attach("web", false));
        assertEquals("container web is not running", e.getMessage());
        assertTrue(shim.attached.isEmpty());
    }

    @Test
    void stdinIsConnectedOnlyWhenAskedForAndOpen() throws Exception {
        Container closed = fx.run("closed");
        StdioStream withoutStdin = engine.attach.attach("closed", true);
        assertThrows(IOException.class, () -> withoutStdin.write(new byte[] {1}, 0, 1));
        assertThrows(IOException.class, withoutStdin::closeStdin);
        shim.attached.get(closed.id()).print("out\n");
        assertEquals("out\n", new String(withoutStdin.read().data()), "output still flows");

        Container open = run(ContainerConfig.builder("busybox").name("open").openStdin(true));
        engine.attach.attach("open", true).write("hi".getBytes(), 0, 2);
        assertEquals("hi", shim.attached.get(open.id()).stdinText());
        assertThrows(IOException.class, () -> engine.attach.attach("open", false).write(new byte[] {1}, 0, 1));
    }

    @Test
    void resizeNeedsARunningContainerWithATty() {
        fx.run("plain");
        assertThrows(ConflictException.class, () -> engine.attach.resize("plain", 24, 80));
        Container tty = run(ContainerConfig.builder("busybox").name("tty").tty(true));
        assertThrows(InvalidArgumentException.class, () -> engine.attach.resize("tty", 24, -80));
        engine.attach.resize("tty", 24, 80);
        assertEquals(List.of(tty.id() + " 24x80"), shim.resizes);
    }

    @Test
    void topShowsTheHeaderAndOnlyTheContainersProcesses() {
        Container web = fx.run("web");
        long self = ProcessHandle.current().pid();
        fx.runc.pids = List.of((int) self);
        TopResult top = engine.monitor.top("web", null);
        assertTrue(top.titles().containsAll(List.of("UID", "PID", "CMD")), top.titles().toString());
        int pidColumn = top.titles().indexOf("PID");
        assertEquals(1, top.processes().size(), top.processes().toString());
        assertEquals(Long.toString(self), top.processes().get(0).get(pidColumn));
        assertEquals(top.titles().size(), top.processes().get(0).size(), "the command keeps its spaces in one column");
        assertTrue(top.processes().get(0).get(top.titles().size() - 1).contains("java"));

        TopResult custom = engine.monitor.top(web.id(), "-o pid,comm");
        assertEquals(List.of("PID", "COMMAND"), custom.titles());
        InvalidArgumentException bad = assertThrows(InvalidArgumentException.class,
                () -> engine.monitor.top("web", "--no-such-option"));
        assertTrue(bad.getMessage().startsWith("ps --no-such-option failed: "), bad.getMessage());
        assertFalse(bad.getMessage().endsWith("failed: "), "carries ps's own message");
    }

    @Test
    void topNeedsARunningContainer() {
        fx.create("web");
        assertThrows(ConflictException.class, () -> engine.monitor.top("web", null));
    }
}
