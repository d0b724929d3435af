package io.gantry.runtime.oci.testing;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.runtime.oci.internal.CrunConfig;
import io.gantry.runtime.oci.internal.CrunRuntime;
import io.gantry.runtime.oci.internal.RuncConfig;
import io.gantry.runtime.oci.internal.RuncRuntime;
import io.gantry.testkit.ConfigAnnotations;
import io.gantry.testkit.TestRoots;
import java.nio.file.Path;
import java.util.Map;

/** The real runtimes, configured as Config Admin would with hand-made config annotations. */
public final class TestRuntimes {
    private TestRuntimes() {
    }

    public static OciRuntime runc(Path runRoot) {
        return runc(runRoot, "/usr/sbin/runc");
    }

    public static OciRuntime runc(Path runRoot, String binary) {
        return new RuncRuntime(TestRoots.run(runRoot), ConfigAnnotations.of(RuncConfig.class, settings(binary)));
    }

    public static OciRuntime crun(Path runRoot, String binary) {
        return new CrunRuntime(TestRoots.run(runRoot), ConfigAnnotations.of(CrunConfig.class, settings(binary)));
    }

    /** The attributes RuncConfig and CrunConfig share. */
    private static Map<String, Object> settings(String binary) {
        return Map.of("binary", binary, "command_timeout", 30);
    }
}
