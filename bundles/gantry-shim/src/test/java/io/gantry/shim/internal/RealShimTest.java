package io.gantry.shim.internal;

import io.gantry.api.oci.Spec;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.runtime.oci.testing.TestRuntimes;
import io.gantry.testkit.BusyboxBundle;
import io.gantry.testkit.TestRoots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real conmon driving real runc, as root, with every root in a temporary folder, for what is particular to conmon
 * (the conformance suite holds the rest). Each container a test makes is deleted in the runtime and cleaned up in
 * the shim afterwards.
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
        shim = newShim(ShimFixture.config(runRoot, "/usr/bin/conmon"));
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

    ConmonShimManager newShim(ConmonConfig config) {
        return new ConmonShimManager(TestRoots.run(runRoot), config, ShimFixture.syscalls());
    }

    /** A request for a new busybox container running {@code args}, with a terminal and stdin as asked. */
    ShimRequest request(List<String> args, boolean tty, boolean stdin) {
        String id = "gt-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ids.add(id);
        Spec spec = BusyboxBundle.spec(args, null);
        Path bundle = BusyboxBundle.write(temp.resolve(id), tty ? BusyboxBundle.withTerminal(spec) : spec);
        return new ShimRequest(id, "name-" + id, bundle, runtime, temp.resolve(id + ".log"), tty, stdin);
    }

    ShimRequest request(List<String> args) {
        return request(args, false, false);
    }

    /** Has conmon create the container, then starts it as the engine would. */
    ShimProcess run(ShimRequest request) {
        ShimProcess process = shim.start(request);
        runtime.start(request.containerId());
        return process;
    }
}
