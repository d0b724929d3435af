package io.gantry.runtime.oci.internal;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.runtime.oci.testing.TestRuntimes;
import java.nio.file.Path;

class CrunRuntimeTest extends OciRuntimeContract {
    @Override
    OciRuntime runtime(Path runRoot, String binary) {
        return TestRuntimes.crun(runRoot, binary);
    }

    @Override
    String defaultBinary() {
        return "/usr/bin/crun";
    }
}
