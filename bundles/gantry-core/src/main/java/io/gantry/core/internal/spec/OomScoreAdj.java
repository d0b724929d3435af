package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.oci.Spec;

/** --oom-score-adj: the OOM killer's score adjustment of the container's processes, in the kernel's range. */
final class OomScoreAdj {
    private OomScoreAdj() {
    }

    static void check(Integer value) {
        if (value != null && (value < -1000 || value > 1000)) {
            throw new InvalidArgumentException("Invalid value " + value
                    + ", range for oom score adj is [-1000, 1000]");
        }
    }

    static void apply(Spec spec, Integer value) {
        if (value != null) {
            spec.process.oomScoreAdj = value;
        }
    }
}
