package io.gantry.image.internal.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A registry that stops sending in the middle of a blob fails the read after the timeout, naming it. */
class StallGuardTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/x/blobs/" + DIGEST, exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            OutputStream body = exchange.getResponseBody();
            body.write(new byte[10]);
            body.flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void aBlobThatStopsMidwayFailsNamingTheRegistry() throws IOException {
        String registry = "127.0.0.1:" + server.getAddress().getPort();
        RegistryClient client = new Registries("", Duration.ofSeconds(1)).open(RegistryName.of(registry + "/x"), null);
        try (InputStream blob = client.openBlob(DIGEST)) {
            byte[] first = blob.readNBytes(10);
            assertArrayEquals(new byte[10], first, "what was sent arrives");
            IOException stalled = assertThrows(IOException.class, blob::readAllBytes);
            assertEquals("registry " + registry + " (blob " + DIGEST + ") sent nothing for 1s", stalled.getMessage());
        }
    }
}
