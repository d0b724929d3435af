package io.gantry.daemon.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.daemon.internal.UnixHttp;
import io.gantry.testkit.fake.Digests;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tarball uploads pass the JSON body limit because they stream; what a route leaves unread is dropped. */
class StreamedBodiesTest extends ApiTestBase {
    private static byte[] archive(int size) {
        byte[] body = new byte[size];
        new Random(3).nextBytes(body);
        System.arraycopy("tar".getBytes(StandardCharsets.UTF_8), 0, body, 0, 3);
        return body;
    }

    @Test
    void anImageLoadLargerThanTheBodyLimitArrivesWhole() throws Exception {
        byte[] body = archive(ApiServer.MAX_BODY_BYTES + 5 * 1024 * 1024);
        String r = UnixHttp.exchange(socket, "POST", "/images/load?quiet=1", "Content-Type: application/x-tar\r\n", body);
        assertEquals(200, status(r), r);
        assertTrue(UnixHttp.dechunk(r).contains("Loaded image: busybox:latest"), r);
        assertEquals(List.of("load " + Digests.of(body)), images.calls);
    }

    @Test
    void aRouteThatAnswersBeforeReadingLeavesTheConnectionUsable() throws Exception {
        byte[] body = archive(3 * RequestBodyStream.HIGH_WATER);
        try (UnixHttp http = new UnixHttp(socket)) {
            http.sendRaw(("PUT /containers/nothere/archive?path=/ HTTP/1.1\r\nHost: d\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            http.sendRaw(body);
            String refused = http.readUntil("}");
            assertEquals(404, status(refused), refused);
            http.send("GET", "/_ping", null, "close");
            String ping = http.readAll();
            assertTrue(ping.endsWith("OK"), ping);
        }
    }

    @Test
    void chunkedUploadsStreamToo() throws Exception {
        byte[] body = archive(2 * RequestBodyStream.HIGH_WATER + 17);
        try (UnixHttp http = new UnixHttp(socket)) {
            http.sendRaw("POST /images/load HTTP/1.1\r\nHost: d\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < body.length; at += 100_000) {
                byte[] piece = Arrays.copyOfRange(body, at, Math.min(body.length, at + 100_000));
                http.sendRaw((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                http.sendRaw(piece);
                http.sendRaw("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            http.sendRaw("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(200, status(http.readAll()));
        }
        assertEquals(List.of("load " + Digests.of(body)), images.calls);
    }
}
