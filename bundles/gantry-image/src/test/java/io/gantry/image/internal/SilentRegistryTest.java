package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry that takes the connection but never answers fails the pull after the timeout, with a message. */
class SilentRegistryTest {
    @TempDir
    Path root;

    @Test
    void pullFromARegistryThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String host = "127.0.0.1:" + silent.getLocalPort();
            GantryImageService images = TestConfigs.withRegistryTimeout(root, 1);
            long started = System.nanoTime();

            GantryException e = assertThrows(GantryException.class,
                    () -> images.pull(host + "/x:1", PullOptions.DEFAULTS, ProgressListener.NONE));

            assertTrue(e.getMessage().startsWith("registry " + host + " did not answer GET http://" + host
                    + "/v2/x/manifests/1 within 1s"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10);
            assertTrue(images.list().isEmpty());
        }
    }

    @Test
    void aTimeoutBelowOneSecondIsRefusedBeforeAnythingIsMade() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> TestConfigs.withRegistryTimeout(root, 0));
        assertEquals("invalid registry_timeout 0: must be at least 1 second", e.getMessage());
        assertTrue(Files.notExists(root.resolve("image")));
    }
}
