package io.gantry.shim.internal;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.runtime.oci.testing.BusyboxBundle;
import io.gantry.runtime.oci.testing.RuntimeCli;
import io.gantry.runtime.oci.testing.TestRuntimes;
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
        shim = new ConmonShimManager(ShimFixture.config(runRoot, "/usr/bin/conmon"));
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
        String id = RuntimeCli.uniqueId();
        ids.add(id);
        Path bundle = BusyboxBundle.create(temp.resolve(id), args, null);
        return new ShimRequest(id, "name-" + id, bundle, runtime, temp.resolve(id + ".log"), false, false);
    }

    /** Has conmon create the container, then starts it as the engine would. */
    ShimProcess run(ShimRequest request) {
        ShimProcess process = shim.start(request);
        runtime.start(request.containerId());
        return process;
    }
}
