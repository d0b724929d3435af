package io.gantry.shim.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.runtime.oci.testing.BusyboxBundle;
import io.gantry.runtime.oci.testing.RuntimeCli;
import io.gantry.runtime.oci.testing.TestRuntimes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real conmon driving real runc, as root, with every root in a temporary folder. Each container a test
 * makes is deleted in the runtime and cleaned up in the shim afterwards.
 */
abstract class RealShimTest {
    @TempDir
    Path temp;
    Path runRoot;
    OciRuntime runtime;
    ConmonShimManager shim;
    final BlockingQueue<String> exited = new LinkedBlockingQueue<>();
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        runRoot = temp.resolve("run");
        runtime = TestRuntimes.runc(runRoot);
        shim = new ConmonShimManager(ShimFixture.config(runRoot, "/usr/bin/conmon"), ShimFixture.syscalls());
        shim.addExitListener(exited::add);
    }

    @AfterEach
    void tearDown() {
        try {
            for (String id : ids) {
                runtime.delete(id, true);
                shim.cleanup(id);
            }
        } finally {
            shim.deactivate();
        }
    }

    /** A request for a new busybox container running {@code args}. */
    ShimRequest request(List<String> args) throws Exception {
        return request(args, false, false);
    }

    /** A request for a new busybox container running {@code args}, with a terminal and stdin as asked. */
    ShimRequest request(List<String> args, boolean tty, boolean stdin) throws Exception {
        String id = RuntimeCli.uniqueId();
        ids.add(id);
        Path bundle = BusyboxBundle.create(temp.resolve(id), args, null);
        if (tty) {
            giveTerminal(bundle.resolve("config.json"));
        }
        return new ShimRequest(id, "name-" + id, bundle, runtime, temp.resolve(id + ".log"), tty, stdin);
    }

    /** Sets process.terminal and mounts a /dev with its own devpts, which a terminal needs. */
    private static void giveTerminal(Path config) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Spec spec = json.readValue(config.toFile(), Spec.class);
        spec.process.terminal = true;
        spec.putMount(new Mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "mode=755", "size=64k")));
        spec.putMount(new Mount("/dev/pts", "devpts", "devpts", List.of("nosuid", "noexec", "newinstance",
                "ptmxmode=0666", "mode=0620")));
        json.writeValue(config.toFile(), spec);
    }

    /** Has conmon create the container, then starts it as the engine would. */
    ShimProcess run(ShimRequest request) {
        ShimProcess process = shim.start(request);
        runtime.start(request.containerId());
        return process;
    }
}
