package io.gantry.itests.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** Testcontainers, unchanged, drives the engine through DOCKER_HOST as it would drive Docker. */
@ExtendWith(RunningEngine.class)
class TestcontainersIT {

    @Test
    void runsExecsLogsAndRemovesABusyboxContainer(GantryEngine engine) throws Exception {
        String id;
        try (GenericContainer<?> busybox = new GenericContainer<>(DockerImageName.parse("busybox:latest"))
                .withCommand("sh", "-c", "echo compat ready; exec sleep 300")
                .waitingFor(Wait.forLogMessage(".*ready.*", 1).withStartupTimeout(Duration.ofSeconds(60)))) {
            busybox.start();
            id = busybox.getContainerId();

            ExecResult hostname = busybox.execInContainer("hostname");
            assertEquals(0, hostname.getExitCode(), hostname::getStderr);
            assertEquals(id.substring(0, 12), hostname.getStdout().trim());
            assertTrue(busybox.getLogs().contains("compat ready"), busybox::getLogs);

            busybox.stop();
        }
        assertFalse(engine.containerIds().contains(id), "stop() left the container " + id);
    }

    @Test
    void busyboxImageResolvesWithoutARegistry(GantryEngine engine) throws IOException {
        HttpReply pulled = engine.api().post("/images/create?fromImage=busybox&tag=latest", null);
        assertEquals(200, pulled.status(), pulled::toString);
        HttpReply inspected = engine.api().get("/images/busybox:latest/json");
        assertEquals(200, inspected.status(), inspected::toString);
        assertTrue(inspected.json().path("Id").asText().startsWith("sha256:"), inspected::toString);
    }
}
