package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.health.Health;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.container.health.HealthResult;
import io.gantry.api.container.health.HealthStatus;
import io.gantry.api.event.Event;
import io.gantry.api.image.ImageConfig;
import io.gantry.testkit.Await;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Health checks over real runc and conmon: probes run as execs, and their results make the container's health. */
class HealthRealTest extends RealEngineTest {
    private static final Duration FAST = Duration.ofMillis(200);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static HealthConfig check(List<String> test, Integer retries, Duration startPeriod, Duration timeout) {
        return new HealthConfig(test, FAST, timeout, startPeriod, retries);
    }

    private Container sleeper(HealthConfig check) {
        return real.run(RealEngine.busybox("sleep", "300").healthcheck(check));
    }

    private Health health(String id) {
        return real.engine.lifecycle.inspect(id).health();
    }

    private void awaitHealth(String id, String what, Predicate<Health> condition) {
        Await.until(() -> what + " of " + id + "; health is " + health(id), WAIT, () -> {
            Health health = health(id);
            return health != null && condition.test(health);
        });
    }

    private List<Event> events(String id, String action) {
        return real.events.stream().filter(e -> e.actorId().equals(id) && e.action().equals(action)).toList();
    }

    @Test
    void aPassingProbeMakesItHealthyAndAStopUnhealthyUntilTheNextStart() {
        Container box = sleeper(check(HealthConfig.shellTest("echo ok from $HOSTNAME"), null, null, null));
        assertEquals(new Health(HealthStatus.STARTING, 0, List.of()), box.health(), "starting from the start on");

        awaitHealth(box.id(), "healthy", h -> h.status() == HealthStatus.HEALTHY);
        HealthResult first = health(box.id()).log().get(0);
        assertEquals(0, first.exitCode());
        assertEquals("ok from " + box.shortId() + "\n", first.output(), "run in the container, with its env");
        assertTrue(!first.start().isBefore(box.startedAt().plus(FAST)), "the first probe waits one interval");
        assertTrue(!first.end().isBefore(first.start()));
        Await.until("the health_status event", () -> events(box.id(), "health_status: healthy").size() == 1);
        assertTrue(real.actions(box.id()).contains("exec_create: /bin/sh -c echo ok from $HOSTNAME"),
                "CMD-SHELL runs through /bin/sh -c: " + real.actions(box.id()));

        real.engine.lifecycle.stop(box.id(), Duration.ofSeconds(1));
        Health stopped = health(box.id());
        assertEquals(HealthStatus.UNHEALTHY, stopped.status(), "a stopped container is unhealthy, as in Docker");

        real.engine.lifecycle.start(box.id());
        Health restarted = health(box.id());
        assertEquals(HealthStatus.STARTING, restarted.status(), "each start begins as starting, seen at once");
        assertEquals(stopped.log(), restarted.log(), "the earlier results are kept");
        awaitHealth(box.id(), "healthy again", h -> h.status() == HealthStatus.HEALTHY);
    }

    @Test
    void failuresInARowUpToTheRetriesMakeItUnhealthy() {
        Container box = sleeper(check(List.of("CMD", "sh", "-c", "echo bad; exit 3"), 2, null, null));

        awaitHealth(box.id(), "unhealthy", h -> h.status() == HealthStatus.UNHEALTHY);
        Health health = health(box.id());
        assertTrue(health.failingStreak() >= 2, health::toString);
        assertTrue(health.log().stream().allMatch(r -> r.exitCode() == 3 && r.output().equals("bad\n")),
                health::toString);
        Await.until("the unhealthy event", () -> events(box.id(), "health_status: unhealthy").size() == 1);
        assertTrue(events(box.id(), "health_status: healthy").isEmpty());
        Event event = events(box.id(), "health_status: unhealthy").get(0);
        assertEquals(Map.of("name", box.name(), "image", "busybox"), event.attributes());
        awaitHealth(box.id(), "only the last five results", h -> h.failingStreak() > Health.MAX_LOG);
        assertEquals(Health.MAX_LOG, health(box.id()).log().size());
    }

    @Test
    void failuresInTheStartPeriodDoNotCount() {
        Duration period = Duration.ofSeconds(2);
        Container box = sleeper(check(HealthConfig.shellTest("exit 1"), 1, period, null));
        Instant periodEnd = box.startedAt().plus(period);

        awaitHealth(box.id(), "two results", h -> h.log().size() >= 2);
        Health early = health(box.id());
        if (early.log().stream().allMatch(r -> r.start().isBefore(periodEnd))) {
            assertEquals(HealthStatus.STARTING, early.status(), early::toString);
            assertEquals(0, early.failingStreak(), early::toString);
        }
        assertTrue(early.log().get(0).start().isBefore(periodEnd), "the first probe ran in the start period");

        awaitHealth(box.id(), "unhealthy after the start period", h -> h.status() == HealthStatus.UNHEALTHY);
        Health late = health(box.id());
        assertEquals(1, late.failingStreak(), late::toString);
        assertTrue(!late.log().get(late.log().size() - 1).start().isBefore(periodEnd), late::toString);
    }

    @Test
    void aProbeThatHangsIsKilledAtItsTimeoutAndFails() {
        Container box = sleeper(check(List.of("CMD", "sleep", "30"), 1, null, Duration.ofMillis(300)));

        awaitHealth(box.id(), "a result", h -> !h.log().isEmpty());
        HealthResult result = health(box.id()).log().get(0);
        assertEquals(-1, result.exitCode());
        assertEquals("Health check exceeded timeout (300ms)", result.output());
        assertTrue(Duration.between(result.start(), result.end()).compareTo(Duration.ofSeconds(5)) < 0,
                "ended soon after its timeout: " + result);
        assertEquals(HealthStatus.UNHEALTHY, health(box.id()).status());
        Await.until("the probe's exec died of SIGKILL", () -> events(box.id(), "exec_die").stream()
                .anyMatch(e -> "137".equals(e.attributes().get("exitCode"))));
    }

    @Test
    void theImagesHealthcheckRunsUnlessTheContainerSaysNone() {
        HealthConfig imageCheck = check(HealthConfig.shellTest("exit 0"), null, null, null);
        real.images.add("checked", new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(),
                null, List.of(), List.of(), imageCheck));
        Container none = real.run(ContainerConfig.builder("checked").cmd(List.of("sleep", "300"))
                .healthcheck(HealthConfig.none()));
        Container plain = real.run(RealEngine.busybox("sleep", "300"));
        Container inherited = real.run(ContainerConfig.builder("checked").cmd(List.of("sleep", "300"))
                .healthcheck(new HealthConfig(List.of(), null, null, null, 7)));

        assertEquals(new HealthConfig(imageCheck.test(), FAST, null, null, 7), inherited.config().healthcheck(),
                "the container's unset fields take the image's");
        assertEquals(List.of("NONE"), none.config().healthcheck().test());
        awaitHealth(inherited.id(), "healthy", h -> h.status() == HealthStatus.HEALTHY && h.log().size() >= 3);
        for (Container unprobed : List.of(none, plain)) {
            assertNull(health(unprobed.id()), unprobed.name());
            assertTrue(real.actions(unprobed.id()).stream().noneMatch(a -> a.startsWith("exec_")),
                    real.actions(unprobed.id())::toString);
        }
    }

    @Test
    void pausingStopsTheProbesAndUnpausingResumesThem() {
        Container box = sleeper(check(HealthConfig.shellTest("true"), null, null, null));
        awaitHealth(box.id(), "healthy", h -> h.status() == HealthStatus.HEALTHY);

        real.engine.lifecycle.pause(box.id());
        assertEquals(HealthStatus.UNHEALTHY, health(box.id()).status());
        real.engine.lifecycle.unpause(box.id());
        awaitHealth(box.id(), "healthy after unpause", h -> h.status() == HealthStatus.HEALTHY);
        Await.until("healthy, then healthy again", () -> events(box.id(), "health_status: healthy").size() == 2);
    }

    @Test
    void probingResumesWithTheRecordedHealthAfterTheCoreRestarts() {
        Container box = sleeper(check(HealthConfig.shellTest("echo ok"), null, null, null));
        awaitHealth(box.id(), "healthy twice", h -> h.status() == HealthStatus.HEALTHY && h.log().size() >= 2);

        real.restartCore();
        Instant restarted = Instant.now();
        Health recovered = health(box.id());
        assertEquals(ContainerState.RUNNING, real.state(box.id()));
        assertEquals(HealthStatus.HEALTHY, recovered.status(), "the record kept the health");
        assertTrue(recovered.log().size() >= 2, recovered::toString);

        awaitHealth(box.id(), "a probe by the new core", h -> h.log().stream()
                .anyMatch(r -> r.start().isAfter(restarted)));
        assertEquals(HealthStatus.HEALTHY, health(box.id()).status());
    }
}
