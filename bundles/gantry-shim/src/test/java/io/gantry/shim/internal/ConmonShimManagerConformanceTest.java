package io.gantry.shim.internal;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimManager;
import io.gantry.runtime.oci.testing.TestRuntimes;
import io.gantry.testkit.TestRoots;
import io.gantry.testkit.conformance.ShimManagerConformanceTest;
import java.nio.file.Path;

/** conmon runs the shim manager suite, monitoring containers of the real runc. */
class ConmonShimManagerConformanceTest extends ShimManagerConformanceTest {
    @Override
    protected ShimManager createShim(Path runRoot) {
        return new ConmonShimManager(TestRoots.run(runRoot), ShimFixture.config(runRoot, "/usr/bin/conmon"),
                ShimFixture.syscalls());
    }

    @Override
    protected OciRuntime createRuntime(Path runRoot) {
        return TestRuntimes.runc(runRoot);
    }

    @Override
    protected void release(ShimManager shim) {
        ((ConmonShimManager) shim).deactivate();
    }
}
