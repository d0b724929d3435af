package io.gantry.runtime.oci.internal;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.runtime.oci.testing.TestRuntimes;
import java.nio.file.Path;

class RuncRuntimeTest extends CliRuntimeContract {
    @Override
    OciRuntime runtime(Path runRoot, String binary) {
        return TestRuntimes.runc(runRoot, binary);
    }

    @Override
    String defaultBinary() {
        return "/usr/sbin/runc";
    }
}
