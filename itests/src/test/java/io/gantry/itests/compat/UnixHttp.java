package io.gantry.itests.compat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A minimal HTTP/1.1 client over a Unix socket, one connection per request. An answer that has not ended
 * within the timeout (a stream that never stops, a server that never answers) is an IOException.
 */
final class UnixHttp {
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Path socket;

    UnixHttp(Path socket) {
        this.socket = socket;
    }

    boolean answersPing() {
        try {
            HttpReply ping = get("/_ping");
            return ping.status() == 200 && ping.text().equals("OK");
        } catch (IOException notListening) {
            return false;
        }
    }

    HttpReply get(String target) throws IOException {
        return send("GET", target, null);
    }

    HttpReply delete(String target) throws IOException {
        return send("DELETE", target, null);
    }

    HttpReply post(String target, String json) throws IOException {
        return send("POST", target, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    HttpReply send(String method, String target, byte[] body) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> closeQuietly(channel),
                    CompletableFuture.delayedExecutor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                write(channel, head(method, target, body));
                InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
                return HttpReplyReader.read(in, method.equals("HEAD"));
            } catch (IOException e) {
                String why = watchdog.isDone() ? "no complete answer within " + TIMEOUT.toSeconds() + " s" : e.toString();
                throw new IOException(method + " " + target + ": " + why, e);
            } finally {
                watchdog.cancel(false);
            }
        }
    }

    private static byte[] head(String method, String target, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = method + " " + target + " HTTP/1.1\r\nHost: gantry\r\nConnection: close\r\n"
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                + "\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** A server may refuse a request before reading all of it (413): its answer is still read after that. */
    private static void write(SocketChannel channel, byte[] request) {
        ByteBuffer buffer = ByteBuffer.wrap(request);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException refusedMidway) {
            // the answer, if any, is already in the socket's receive buffer
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing only to end a blocked read
        }
    }
}
