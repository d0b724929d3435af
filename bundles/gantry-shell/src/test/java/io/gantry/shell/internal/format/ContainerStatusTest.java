package io.gantry.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.health.Health;
import io.gantry.api.container.health.HealthStatus;
import io.gantry.shell.internal.Containers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerStatusTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private final Container created =
            Containers.created(Containers.id("ab"), "web", ContainerConfig.builder("busybox").build(), NOW.minusSeconds(600));

    @Test
    void created() {
        assertEquals("Created", ContainerStatus.of(created, NOW));
    }

    @Test
    void runningShowsTheTimeSinceStart() {
        assertEquals("Up 3 seconds", ContainerStatus.of(Containers.running(created, NOW.minusSeconds(3)), NOW));
    }

    @Test
    void runningWithAHealthCheckShowsItsHealth() {
        Container running = Containers.running(created, NOW.minusSeconds(3));
        assertEquals("Up 3 seconds (health: starting)", ContainerStatus.of(running.withHealth(
                new Health(HealthStatus.STARTING, 0, List.of())), NOW));
        assertEquals("Up 3 seconds (healthy)", ContainerStatus.of(running.withHealth(
                new Health(HealthStatus.HEALTHY, 0, List.of())), NOW));
        assertEquals("Up 3 seconds (unhealthy)", ContainerStatus.of(running.withHealth(
                new Health(HealthStatus.UNHEALTHY, 3, List.of())), NOW));
        Container exited = Containers.exited(created, NOW.minusSeconds(60), NOW.minusSeconds(5), 0);
        assertEquals("Exited (0) 5 seconds ago", ContainerStatus.of(exited.withHealth(
                new Health(HealthStatus.UNHEALTHY, 0, List.of())), NOW), "only a running container shows it");
    }

    @Test
    void exitedShowsTheCodeAndTheTimeSinceExit() {
        Container exited = Containers.exited(created, NOW.minusSeconds(60), NOW.minusSeconds(5), 0);
        assertEquals("Exited (0) 5 seconds ago", ContainerStatus.of(exited, NOW));
        Container failed = Containers.exited(created, NOW.minusSeconds(600), NOW.minusSeconds(120), 137);
        assertEquals("Exited (137) 2 minutes ago", ContainerStatus.of(failed, NOW));
    }

    @Test
    void pausedRestartingRemovingAndDead() {
        Container running = Containers.running(created, NOW.minusSeconds(3600));
        assertEquals("Up About an hour (Paused)", ContainerStatus.of(withState(running, ContainerState.PAUSED, null), NOW));
        assertEquals("Restarting (1) 2 seconds ago",
                ContainerStatus.of(withState(running, ContainerState.RESTARTING, NOW.minusSeconds(2)), NOW));
        assertEquals("Removal In Progress", ContainerStatus.of(withState(running, ContainerState.REMOVING, null), NOW));
        assertEquals("Dead", ContainerStatus.of(withState(running, ContainerState.DEAD, null), NOW));
    }

    private static Container withState(Container c, ContainerState state, Instant finishedAt) {
        return new Container(c.id(), c.name(), c.imageId(), c.config(), state, c.created(), c.startedAt(), finishedAt,
                c.pid(), 1, false, null, c.runtime(), c.storageDriver(), c.rootfs(), c.logPath(), 0);
    }
}
