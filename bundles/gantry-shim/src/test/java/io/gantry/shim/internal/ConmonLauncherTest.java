package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.shim.ShimRequest;
import io.gantry.runtime.oci.testing.TestRuntimes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync pipe protocol, against shell scripts that stand in for conmon. */
class ConmonLauncherTest {
    /** Finds conmon's -P argument and writes the "daemon" pid there, like conmon's first process. */
    private static final String PREAMBLE = """
            #!/bin/sh
            while [ $# -gt 0 ]; do [ "$1" = "-P" ] && pidfile=$2; shift; done
            """;

    @TempDir
    Path temp;
    private ShimPaths paths;
    private ConmonLauncher launcher;
    private ShimRequest request;

    @BeforeEach
    void setUp() throws Exception {
        paths = new ShimPaths(temp.resolve("run/shim"));
        Files.createDirectories(paths.containerDir("gt-fake"));
        launcher = new ConmonLauncher(paths);
        request = new ShimRequest("gt-fake", "fake", temp, TestRuntimes.runc(temp.resolve("run")),
                temp.resolve("ctr.log"), false, false);
    }

    @AfterEach
    void tearDown() {
        ConmonProcesses.pid(paths.conmonPidFile("gt-fake")).ifPresent(ConmonProcesses::killTree);
    }

    @Test
    void readsAReplyThatComesAfterConmonsFirstProcessExited() throws Exception {
        Path conmon = fakeConmon("( sleep 0.3; echo '{\"data\": 4242}' >&3 ) & echo $! > \"$pidfile\"");
        assertEquals(4242, launcher.launch(conmon, request, Path.of("/usr/sbin/runc"), Duration.ofSeconds(10)));
    }

    @Test
    void passesOnTheRuntimesError() throws Exception {
        Path conmon = fakeConmon("""
                printf '%s\\n' '{"data": -1, "message": "{\\"level\\":\\"error\\",\\"msg\\":\\"boom\\"}\\n"}' >&3
                exit 1""");
        GantryException e = assertThrows(GantryException.class,
                () -> launcher.launch(conmon, request, Path.of("/usr/sbin/runc"), Duration.ofSeconds(10)));
        assertEquals("cannot create container gt-fake: boom", e.getMessage());
    }

    @Test
    void reportsWhatConmonPrintedWhenItEndsWithoutAReply() throws Exception {
        Path conmon = fakeConmon("echo 'conmon: Unknown option --bogus' >&2; exit 1");
        GantryException e = assertThrows(GantryException.class,
                () -> launcher.launch(conmon, request, Path.of("/usr/sbin/runc"), Duration.ofSeconds(10)));
        assertEquals("conmon could not create container gt-fake: conmon: Unknown option --bogus", e.getMessage());
    }

    @Test
    void givesUpAtTheDeadline() throws Exception {
        Path conmon = fakeConmon("( exec sleep 30 ) & echo $! > \"$pidfile\"");
        long started = System.nanoTime();
        GantryException e = assertThrows(GantryException.class,
                () -> launcher.launch(conmon, request, Path.of("/usr/sbin/runc"), Duration.ofSeconds(1)));
        assertEquals("conmon did not report on creating container gt-fake within 1 s", e.getMessage());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "returned at the deadline");
        OptionalInt hung = ConmonProcesses.pid(paths.conmonPidFile("gt-fake"));
        assertTrue(hung.isPresent(), "the stand-in wrote its pid for the rollback to kill");
    }

    private Path fakeConmon(String behaviour) throws Exception {
        Path script = temp.resolve("conmon");
        Files.writeString(script, PREAMBLE + behaviour + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
