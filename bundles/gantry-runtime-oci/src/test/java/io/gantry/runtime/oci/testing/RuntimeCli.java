package io.gantry.runtime.oci.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.gantry.api.runtime.OciRuntime;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** What the shim does in production, done directly for runtime tests: {@code <runtime> create}. */
public final class RuntimeCli {
    private static final Path UNIFIED_CONTROLLERS = Path.of("/sys/fs/cgroup/unified/cgroup.controllers");

    private RuntimeCli() {
    }

    public static String uniqueId() {
        return "gt-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /**
     * Runs create with stdio on files in {@code scratch} (the container inherits them) and waits for it.
     * crun refuses to create anything on a hybrid host whose cgroup v2 tree has controllers (here:
     * hugetlb), whatever the spec says; it is then run in a private mount namespace where that list of
     * controllers reads empty, which leaves the host untouched.
     */
    public static void create(OciRuntime runtime, Path bundle, String id, Path scratch) throws Exception {
        List<String> argv = new ArrayList<>();
        if (runtime.name().equals("crun") && hasUnifiedControllers()) {
            argv.addAll(List.of("unshare", "--mount", "--propagation", "private", "/bin/sh", "-c",
                    "mount --bind /dev/null " + UNIFIED_CONTROLLERS + " && exec \"$@\"", "crun"));
        }
        argv.add(runtime.binary().toString());
        argv.addAll(runtime.globalArgs());
        argv.addAll(List.of("create", "--bundle", bundle.toString(), "--pid-file",
                scratch.resolve(id + ".pid").toString(), id));
        Path output = scratch.resolve(id + ".out");
        Process create = new ProcessBuilder(argv).redirectInput(new File("/dev/null"))
                .redirectOutput(output.toFile()).redirectErrorStream(true).start();
        if (!create.waitFor(30, TimeUnit.SECONDS)) {
            create.destroyForcibly();
            fail("create " + id + " timed out: " + read(output));
        }
        assertEquals(0, create.exitValue(), () -> "create " + id + " failed: " + read(output));
    }

    private static boolean hasUnifiedControllers() throws IOException {
        return Files.exists(UNIFIED_CONTROLLERS) && !Files.readString(UNIFIED_CONTROLLERS).isBlank();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
