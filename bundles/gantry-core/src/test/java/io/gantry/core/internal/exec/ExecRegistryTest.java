package io.gantry.core.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.exec.ExecConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExecRegistryTest {
    private static final ExecConfig CONFIG = new ExecConfig(List.of("true"), null, null, null, false, false, true,
            true, false);

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final Set<String> containers = new HashSet<>(Set.of("c1", "c2"));
    private final ExecRegistry registry = new ExecRegistry(clock, containers::contains);

    @Test
    void anEndedExecIsDroppedSomeMinutesLaterARunningOneNever() {
        ExecSession ended = registry.add("c1", CONFIG);
        ExecSession running = registry.add("c1", CONFIG);
        ExecSession unstarted = registry.add("c2", CONFIG);
        assertNotEquals(ended.id(), running.id());
        assertEquals(64, ended.id().length());
        ended.ended(0, clock.now);
        clock.now = clock.now.plus(ExecRegistry.KEEP_ENDED.minusSeconds(1));
        assertEquals(ended, registry.get(ended.id()));
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertThrows(NotFoundException.class, () -> registry.get(ended.id()));
        assertEquals(running, registry.get(running.id()));
        assertEquals(unstarted, registry.get(unstarted.id()));
    }

    @Test
    void removingAContainerDropsOnlyItsExecs() {
        ExecSession mine = registry.add("c1", CONFIG);
        ExecSession other = registry.add("c2", CONFIG);
        containers.remove("c1");
        assertThrows(NotFoundException.class, () -> registry.get(mine.id()));
        assertEquals(other, registry.get(other.id()));
    }
}
