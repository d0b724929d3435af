package io.gantry.core.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.oci.Rlimit;
import org.junit.jupiter.api.Test;

class HostLimitsTest {
    static final String LIMITS = """
            Limit                     Soft Limit           Hard Limit           Units
            Max cpu time              unlimited            unlimited            seconds
            Max open files            %s                   %s                   files
            Max processes             63704                63704                processes
            """;

    @Test
    void defaultFitsUnderAHighHardLimit() {
        assertEquals(new Rlimit("RLIMIT_NOFILE", 1024, 1024), HostLimits.nofile(LIMITS.formatted("1024", "1048576")));
        assertEquals(new Rlimit("RLIMIT_NOFILE", 1024, 1024), HostLimits.nofile(LIMITS.formatted("1024", "unlimited")));
    }

    @Test
    void aLowHardLimitCapsIt() {
        assertEquals(new Rlimit("RLIMIT_NOFILE", 512, 512), HostLimits.nofile(LIMITS.formatted("256", "512")));
    }

    @Test
    void unreadableLimitsKeepTheDefault() {
        assertEquals(new Rlimit("RLIMIT_NOFILE", 1024, 1024), HostLimits.nofile(""));
    }

    @Test
    void readsThisProcess() {
        assertTrue(HostLimits.nofile().hard() <= 1024);
    }
}
