package io.gantry.runtime.oci.internal;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.runtime.oci.testing.TestRuntimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * crun on this host. crun refuses to create anything on a hybrid host whose cgroup v2 tree has controllers (here:
 * hugetlb), whatever the spec says; a live update of a container's resources works there.
 */
class CrunRuntimeTest extends CliRuntimeContract {
    private static final Path UNIFIED_CONTROLLERS = Path.of("/sys/fs/cgroup/unified/cgroup.controllers");

    @Override
    OciRuntime runtime(Path runRoot, String binary) {
        return TestRuntimes.crun(runRoot, binary);
    }

    @Override
    String defaultBinary() {
        return "/usr/bin/crun";
    }

    /**
     * On such a host, create runs in a private mount namespace where the v2 tree's list of controllers reads
     * empty, which leaves the host untouched.
     */
    @Override
    protected List<String> createCommand(List<String> argv) {
        if (!hasUnifiedControllers()) {
            return argv;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", "/bin/sh",
                "-c", "mount --bind /dev/null " + UNIFIED_CONTROLLERS + " && exec \"$@\"", "crun"));
        wrapped.addAll(argv);
        return wrapped;
    }

    private static boolean hasUnifiedControllers() {
        try {
            return Files.exists(UNIFIED_CONTROLLERS) && !Files.readString(UNIFIED_CONTROLLERS).isBlank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
