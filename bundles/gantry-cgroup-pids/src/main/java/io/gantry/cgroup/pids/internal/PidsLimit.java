package io.gantry.cgroup.pids.internal;

import io.gantry.api.InvalidArgumentException;
import java.util.OptionalLong;

/** The user's --pids-limit: a positive number of tasks, or 0 / -1 for no limit. */
final class PidsLimit {
    static final long UNLIMITED = -1;

    private PidsLimit() {
    }

    /** Empty when not set; {@link #UNLIMITED} for 0 or -1. */
    static OptionalLong of(Long requested) {
        if (requested == null) {
            return OptionalLong.empty();
        }
        if (requested > 0) {
            return OptionalLong.of(requested);
        }
        if (requested == 0 || requested == UNLIMITED) {
            return OptionalLong.of(UNLIMITED);
        }
        throw new InvalidArgumentException("invalid pids limit " + requested
                + ": use a positive number of tasks, or 0 or -1 for unlimited");
    }
}
