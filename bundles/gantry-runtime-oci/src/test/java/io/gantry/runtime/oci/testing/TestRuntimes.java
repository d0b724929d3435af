package io.gantry.runtime.oci.testing;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.runtime.oci.internal.CrunConfig;
import io.gantry.runtime.oci.internal.CrunRuntime;
import io.gantry.runtime.oci.internal.RuncConfig;
import io.gantry.runtime.oci.internal.RuncRuntime;
import java.lang.annotation.Annotation;
import java.nio.file.Path;

/** The real runtimes, configured as Config Admin would with hand-made config annotations. */
public final class TestRuntimes {
    private TestRuntimes() {
    }

    public static OciRuntime runc(Path runRoot) {
        return runc(runRoot, "/usr/sbin/runc");
    }

    public static OciRuntime runc(Path runRoot, String binary) {
        return new RuncRuntime(new RuncConfig() {
            @Override
            public String binary() {
                return binary;
            }

            @Override
            public String run_root() {
                return runRoot.toString();
            }

            @Override
            public int command_timeout() {
                return 30;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return RuncConfig.class;
            }
        });
    }

    public static OciRuntime crun(Path runRoot, String binary) {
        return new CrunRuntime(new CrunConfig() {
            @Override
            public String binary() {
                return binary;
            }

            @Override
            public String run_root() {
                return runRoot.toString();
            }

            @Override
            public int command_timeout() {
                return 30;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return CrunConfig.class;
            }
        });
    }
}
