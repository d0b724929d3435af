package io.gantry.itests;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A WebSocket client written by hand over the engine's Unix socket (java.net.http cannot reach one): the
 * RFC 6455 handshake, masked frames out, and the server's frames read on a thread of their own.
 */
final class AttachWebSocket implements AutoCloseable {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int BINARY = 2;
    private static final int CLOSE = 8;

    private final SocketChannel channel;
    private final StringBuffer received = new StringBuffer();
    private volatile int closeCode = -1;
    private volatile boolean ended;

    private AttachWebSocket(SocketChannel channel) {
        this.channel = channel;
    }

    /** Connects and shakes hands; the answer must be a 101 with the accept key the RFC derives from ours. */
    static AttachWebSocket open(Path socket, String target) throws Exception {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        write(channel, ("GET " + target + " HTTP/1.1\r\nHost: gantry\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = Channels.newInputStream(channel);
        String head = head(in);
        String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
        if (!head.startsWith("HTTP/1.1 101") || !head.toLowerCase().contains("sec-websocket-accept: "
                + accept.toLowerCase())) {
            channel.close();
            throw new IOException("no WebSocket handshake: " + head);
        }
        AttachWebSocket ws = new AttachWebSocket(channel);
        Thread reader = new Thread(() -> ws.readFrames(new DataInputStream(in)), "ws-attach-reader");
        reader.setDaemon(true);
        reader.start();
        return ws;
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Sends {@code text} as one masked binary frame, as clients must. */
    void send(String text) throws IOException {
        frame(BINARY, text.getBytes(StandardCharsets.UTF_8));
    }

    void sendClose() throws IOException {
        frame(CLOSE, new byte[] {3, (byte) 232});
    }

    /** The payloads of every data frame so far, as text. */
    String received() {
        return received.toString();
    }

    /** The status code of the server's close frame, -1 before it came. */
    int closeCode() {
        return closeCode;
    }

    /** Whether the server ended the connection. */
    boolean ended() {
        return ended;
    }

    private void frame(int opcode, byte[] payload) throws IOException {
        byte[] mask = new byte[4];
        new SecureRandom().nextBytes(mask);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x80 | opcode);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else {
            out.write(0x80 | 126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xff);
        }
        out.write(mask, 0, 4);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        write(channel, out.toByteArray());
    }

    private void readFrames(DataInputStream in) {
        try {
            while (true) {
                int opcode = in.readUnsignedByte() & 0x0f;
                int length = in.readUnsignedByte() & 0x7f;
                long size = length == 126 ? in.readUnsignedShort() : length == 127 ? in.readLong() : length;
                byte[] payload = new byte[(int) size];
                in.readFully(payload);
                if (opcode == CLOSE) {
                    closeCode = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                } else if (opcode <= BINARY) {
                    received.append(new String(payload, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException end) {
            ended = true;
        }
    }

    private static void write(SocketChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
