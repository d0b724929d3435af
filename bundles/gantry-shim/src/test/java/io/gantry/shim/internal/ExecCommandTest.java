package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.oci.Process;
import io.gantry.api.shim.ExecRequest;
import io.gantry.runtime.oci.testing.TestRuntimes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecCommandTest {
    private final Path run = Path.of("/run/gt");
    private final ExecPaths paths = ExecPaths.of(new ShimPaths(run.resolve("shim")), "c1", "e1");

    private List<String> argv(boolean tty, boolean stdin, boolean attach) {
        Process process = new Process();
        process.terminal = tty;
        process.args.add("sh");
        ExecRequest request = new ExecRequest("c1", "e1", Path.of("/b/c1"), TestRuntimes.runc(run), process, stdin);
        return ExecCommand.argv(Path.of("/usr/bin/conmon"), request, Path.of("/usr/sbin/runc"), paths, attach);
    }

    @Test
    void runsTheSessionInItsOwnFolderWithItsOwnExitFolder() {
        List<String> argv = argv(false, false, false);
        assertOption(argv, "--exec-process-spec", "/run/gt/shim/c1/exec/e1/process.json");
        assertOption(argv, "-c", "c1");
        assertOption(argv, "-u", "e1");
        assertOption(argv, "-b", "/run/gt/shim/c1/exec/e1");
        assertOption(argv, "--exit-dir", "/run/gt/shim/c1/exec/e1/exits");
        assertOption(argv, "-l", "none");
        assertTrue(argv.containsAll(List.of("--exec", "--full-attach")), argv.toString());
        assertEquals(Path.of("/run/gt/shim/c1/exec/e1/exits/c1"), paths.exitFile());
    }

    @Test
    void waitsForTheAttachOnlyWhenAttachingAndOpensStdinOnlyThen() {
        List<String> detached = argv(false, true, false);
        assertFalse(detached.contains("--exec-attach") || detached.contains("-i"), detached.toString());
        assertEquals(Map.of("_OCI_SYNCPIPE", "3"), ExecCommand.environment(false));

        List<String> attached = argv(true, true, true);
        assertTrue(attached.containsAll(List.of("--exec-attach", "-t", "-i")), attached.toString());
        assertEquals(Map.of("_OCI_SYNCPIPE", "3", "_OCI_STARTPIPE", "4", "_OCI_ATTACHPIPE", "5"),
                ExecCommand.environment(true));
    }

    private static void assertOption(List<String> argv, String option, String value) {
        int index = argv.lastIndexOf(option);
        assertTrue(index > 0 && index + 1 < argv.size(), option + " missing in " + argv);
        assertEquals(value, argv.get(index + 1), option);
    }
}
