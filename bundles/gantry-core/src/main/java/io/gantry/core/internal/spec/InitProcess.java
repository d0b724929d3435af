package io.gantry.core.internal.spec;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * --init: a static init (tini) bound read-only at /sbin/docker-init runs as pid 1 and starts the container's
 * command after "--", reaping zombies and forwarding signals; the container exits with the command's status.
 */
public final class InitProcess {
    public static final String TARGET = "/sbin/docker-init";
    private static final List<Path> DEFAULT_BINARIES = List.of(Path.of("/usr/bin/tini-static"),
            Path.of("/usr/bin/docker-init"));

    private InitProcess() {
    }

    /**
     * The configured binary, else the first default that exists.
     *
     * @throws FailedPreconditionException if there is none on this host
     */
    static Path binary(String configured) {
        if (!configured.isEmpty()) {
            Path binary = Path.of(configured);
            if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
                throw new FailedPreconditionException("the init binary " + configured
                        + " (init.binary) is not an executable file");
            }
            return binary;
        }
        return DEFAULT_BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow(() ->
                new FailedPreconditionException("no init binary for --init: install " + DEFAULT_BINARIES.get(0)
                        + " or " + DEFAULT_BINARIES.get(1) + ", or set init.binary"));
    }

    static void apply(Spec spec, Path binary) {
        spec.putMount(Mount.bind(binary.toString(), TARGET, "rprivate", "ro"));
        List<String> args = new ArrayList<>(List.of(TARGET, "--"));
        args.addAll(spec.process.args);
        spec.process.args = args;
    }
}
