package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.shim.ShimRequest;
import io.gantry.runtime.oci.testing.TestRuntimes;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConmonCommandTest {
    private final Path run = Path.of("/run/gt");
    private final ShimPaths paths = new ShimPaths(run.resolve("shim"));

    private List<String> argv(boolean tty, boolean stdin) {
        ShimRequest request = new ShimRequest("c1", "web", Path.of("/b/c1"), TestRuntimes.runc(run),
                Path.of("/d/c1/ctr.log"), tty, stdin);
        return ConmonCommand.argv(Path.of("/usr/bin/conmon"), request, Path.of("/usr/sbin/runc"), paths);
    }

    @Test
    void runsConmonThroughTheSyncPipeRelay() {
        List<String> argv = argv(false, false);
        assertEquals(List.of("/bin/sh", "-c"), argv.subList(0, 2));
        assertTrue(argv.get(2).startsWith("\"$@\" 3>&1 >/dev/null | "), argv.get(2));
        assertEquals(List.of("sh", "/usr/bin/conmon", "--api-version", "1"), argv.subList(3, 7));
    }

    @Test
    void passesIdsFilesAndRuntime() {
        List<String> argv = argv(false, false);
        assertOption(argv, "-c", "c1");
        assertOption(argv, "-u", "c1");
        assertOption(argv, "-n", "web");
        assertOption(argv, "-r", "/usr/sbin/runc");
        assertOption(argv, "-b", "/b/c1");
        assertOption(argv, "-p", "/run/gt/shim/c1/container.pid");
        assertOption(argv, "-P", "/run/gt/shim/c1/conmon.pid");
        assertOption(argv, "-l", "k8s-file:/d/c1/ctr.log");
        assertOption(argv, "--exit-dir", "/run/gt/shim/exits");
        assertOption(argv, "--socket-dir-path", "/run/gt/shim/sockets");
        assertFalse(argv.contains("-t") || argv.contains("-i"), argv.toString());
    }

    @Test
    void aContainerThatKeepsNoLogGetsConmonsNoneDriver() {
        ShimRequest request = new ShimRequest("c1", "web", Path.of("/b/c1"), TestRuntimes.runc(run), null, false,
                false);
        assertOption(ConmonCommand.argv(Path.of("/usr/bin/conmon"), request, Path.of("/usr/sbin/runc"), paths), "-l",
                "none");
    }

    @Test
    void handsTheRuntimesGlobalArgumentsOnInOrder() {
        List<String> expected = List.of("--runtime-arg", "--root", "--runtime-arg", "/run/gt/runtime/runc",
                "--runtime-arg", "--log-format", "--runtime-arg", "json");
        assertTrue(Collections.indexOfSubList(argv(false, false), expected) > 0, argv(false, false).toString());
    }

    @Test
    void asksForATerminalWhoseInputOutlivesAnAttachClient() {
        List<String> argv = argv(true, true);
        assertTrue(argv.contains("-t") && !argv.contains("-i"), argv.toString());
    }

    @Test
    void asksForAStdinPipeWithoutATerminal() {
        List<String> argv = argv(false, true);
        assertTrue(argv.contains("-i") && !argv.contains("-t"), argv.toString());
    }

    /** Checks an option of conmon, which follows the shell's own "-c". */
    private static void assertOption(List<String> argv, String option, String value) {
        List<String> conmonArgs = argv.subList(argv.indexOf("/usr/bin/conmon"), argv.size());
        int at = conmonArgs.indexOf(option);
        assertTrue(at > 0 && at + 1 < conmonArgs.size(), option + " in " + conmonArgs);
        assertEquals(value, conmonArgs.get(at + 1), option);
    }
}
