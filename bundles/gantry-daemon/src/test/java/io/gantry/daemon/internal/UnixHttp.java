package io.gantry.daemon.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A minimal HTTP/1.1 client over a Unix socket that reads the raw response until the server closes. */
public final class UnixHttp implements AutoCloseable {
    private final SocketChannel channel;

    public UnixHttp(Path socket) throws IOException {
        channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    }

    public static String exchange(Path socket, String method, String path, String body) throws IOException {
        try (UnixHttp http = new UnixHttp(socket)) {
            http.send(method, path, body, "close");
            return http.readAll();
        }
    }

    public void send(String method, String path, String body, String connection) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: docker\r\nConnection: " + connection
                + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n";
        sendRaw(head.getBytes(StandardCharsets.US_ASCII));
        sendRaw(content);
    }

    /** A request with extra headers (name: value lines) and a body of any type; the server closes after it. */
    public static String exchange(Path socket, String method, String path, String headers, byte[] body)
            throws IOException {
        try (UnixHttp http = new UnixHttp(socket)) {
            String head = method + " " + path + " HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n" + headers
                    + "Content-Length: " + body.length + "\r\n\r\n";
            http.sendRaw(head.getBytes(StandardCharsets.US_ASCII));
            http.sendRaw(body);
            return http.readAll();
        }
    }

    /** The body of a raw chunked response, its chunks joined. */
    public static String dechunk(String response) {
        String rest = response.substring(response.indexOf("\r\n\r\n") + 4);
        StringBuilder body = new StringBuilder();
        while (true) {
            int eol = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, eol).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(rest, eol + 2, eol + 2 + size);
            rest = rest.substring(eol + 2 + size + 2);
        }
    }

    /** A request asking to hijack the connection, as the docker CLI sends for attach and exec start. */
    public void sendUpgrade(String path, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: docker\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n";
        sendRaw(head.getBytes(StandardCharsets.US_ASCII));
        sendRaw(content);
    }

    /** Half-closes: the server sees end of input, as after the CLI's stdin ended. */
    public void shutdownOutput() throws IOException {
        channel.shutdownOutput();
    }

    public void sendRaw(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Reads until {@code marker} has arrived; the socket blocks, so the test's timeout bounds it. */
    public String readUntil(String marker) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (!out.toString(StandardCharsets.ISO_8859_1).contains(marker)) {
            buffer.clear();
            if (channel.read(buffer) < 0) {
                break;
            }
            out.write(buffer.array(), 0, buffer.position());
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    public String readAll() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (true) {
            buffer.clear();
            int n;
            try {
                n = channel.read(buffer);
            } catch (IOException reset) {
                break;
            }
            if (n < 0) {
                break;
            }
            out.write(buffer.array(), 0, buffer.position());
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
