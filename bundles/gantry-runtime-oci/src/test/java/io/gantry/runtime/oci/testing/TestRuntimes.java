package io.gantry.runtime.oci.testing;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.runtime.oci.internal.CrunConfig;
import io.gantry.runtime.oci.internal.CrunRuntime;
import io.gantry.runtime.oci.internal.RuncConfig;
import io.gantry.runtime.oci.internal.RuncRuntime;
import io.gantry.testkit.ConfigAnnotations;
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
        return new RuncRuntime(ConfigAnnotations.of(RuncConfig.class, settings(runRoot, binary)));
    }

    public static OciRuntime crun(Path runRoot, String binary) {
        return new CrunRuntime(ConfigAnnotations.of(CrunConfig.class, settings(runRoot, binary)));
    }

    /** The attributes RuncConfig and CrunConfig share. */
    private static Map<String, Object> settings(Path runRoot, String binary) {
        return Map.of("binary", binary, "run_root", runRoot.toString(), "command_timeout", 30);
    }
}
