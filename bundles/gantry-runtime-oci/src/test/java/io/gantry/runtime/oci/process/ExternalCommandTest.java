package io.gantry.runtime.oci.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalCommandTest {
    @TempDir
    Path temp;

    @Test
    void capturesExitCodeAndBothStreams() {
        CommandResult result = ExternalCommand.of("/bin/sh", "-c", "echo out; echo err >&2; exit 7").run();
        assertEquals(7, result.exitCode());
        assertEquals("out\n", result.stdout());
        assertEquals("err\n", result.stderr());
        assertFalse(result.succeeded());
        assertEquals(List.of("/bin/sh", "-c", "echo out; echo err >&2; exit 7"), result.command());
    }

    @Test
    void feedsInputOnStdin() {
        assertEquals("{\"memory\":{}}", ExternalCommand.of("/bin/cat").withInput("{\"memory\":{}}").run().stdout());
    }

    @Test
    void givesDevNullAsStdinWithoutInput() {
        assertEquals("0", ExternalCommand.of("/bin/sh", "-c", "wc -c").run().stdout().strip());
    }

    @Test
    void drainsLargeOutputOnBothStreamsWithoutBlocking() {
        String script = "i=0; while [ $i -lt 2000 ]; do "
                + "echo 'a line of some length to fill the pipe buffers quickly'; "
                + "echo 'the same on stderr so that both pipes fill at once' >&2; i=$((i+1)); done";
        CommandResult result = ExternalCommand.of("/bin/sh", "-c", script).withTimeout(Duration.ofSeconds(20)).run();
        assertEquals(2000, result.stdout().lines().count());
        assertEquals(2000, result.stderr().lines().count());
    }

    @Test
    void killsTheCommandWhenItTimesOut() throws Exception {
        Path pidFile = temp.resolve("pid");
        long started = System.nanoTime();
        GantryException e = assertThrows(GantryException.class, () -> ExternalCommand
                .of("/bin/sh", "-c", "echo $$ > " + pidFile + "; echo stuck >&2; exec sleep 30")
                .withTimeout(Duration.ofMillis(500)).run());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "returned at the deadline");
        assertTrue(e.getMessage().contains("timed out after 500 ms"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": stuck"), e.getMessage());
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is dead");
    }

    @Test
    void returnsAtTheDeadlineWhenABackgroundChildHoldsTheOutputOpen() throws Exception {
        Path pidFile = temp.resolve("pid");
        long started = System.nanoTime();
        CommandResult result;
        try {
            result = ExternalCommand.of("/bin/sh", "-c", "echo out; sleep 30 & echo $! > " + pidFile)
                    .withTimeout(Duration.ofMillis(500)).run();
        } finally {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(ProcessHandle::destroy);
        }
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "returned at the deadline");
        assertEquals(0, result.exitCode());
        assertEquals("out\n", result.stdout());
    }

    @Test
    void runCheckedCarriesTheCommandsOwnError() {
        GantryException e = assertThrows(GantryException.class, () -> ExternalCommand
                .of("/bin/sh", "-c", "echo 'time=now level=error msg=\"container does not exist\"' >&2; exit 1")
                .runChecked());
        assertTrue(e.getMessage().endsWith(" failed: container does not exist"), e.getMessage());
    }

    @Test
    void runCheckedNamesTheExitStatusOfASilentFailure() {
        GantryException e = assertThrows(GantryException.class,
                () -> ExternalCommand.of("/bin/sh", "-c", "exit 3").runChecked());
        assertTrue(e.getMessage().endsWith(" failed: exit status 3"), e.getMessage());
    }

    @Test
    void reportsAProgramThatCannotStart() {
        GantryException e = assertThrows(GantryException.class,
                () -> ExternalCommand.of(temp.resolve("missing").toString()).run());
        assertTrue(e.getMessage().startsWith("cannot run " + temp.resolve("missing")), e.getMessage());
    }
}
