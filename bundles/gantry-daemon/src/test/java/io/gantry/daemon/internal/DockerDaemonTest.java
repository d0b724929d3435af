package io.gantry.daemon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.testkit.ConfigAnnotations;
import io.gantry.testkit.TestRoots;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the component puts its socket: under the engine's run root unless its own configuration names one. */
class DockerDaemonTest {
    @Test
    void theSocketIsUnderTheRunRootUnlessConfigured() {
        Path run = Path.of("/tmp/gantry-test/run");
        DaemonConfig defaults = ConfigAnnotations.of(DaemonConfig.class, Map.of());
        assertEquals(run.resolve("gantry.sock"), DockerDaemon.socketPath(defaults, TestRoots.run(run)));
        DaemonConfig own = ConfigAnnotations.of(DaemonConfig.class, Map.of("socket", "/srv/api.sock"));
        assertEquals(Path.of("/srv/api.sock"), DockerDaemon.socketPath(own, TestRoots.run(run)));
    }
}
