package io.gantry.itests.compat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A ustar archive written byte by byte, so that entry names and link targets can be anything a client sends. */
final class HostileTar {
    private static final int BLOCK = 512;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    HostileTar file(String name, String content) {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        header(name, '0', body.length, "", 0644);
        out.writeBytes(body);
        out.writeBytes(new byte[(BLOCK - body.length % BLOCK) % BLOCK]);
        return this;
    }

    HostileTar symlink(String name, String target) {
        header(name, '2', 0, target, 0777);
        return this;
    }

    byte[] bytes() {
        out.writeBytes(new byte[2 * BLOCK]);
        return out.toByteArray();
    }

    private void header(String name, char type, long size, String linkName, int mode) {
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, name);
        put(h, 100, 8, String.format("%07o", mode));
        put(h, 108, 8, "0000000");
        put(h, 116, 8, "0000000");
        put(h, 124, 12, String.format("%011o", size));
        put(h, 136, 12, String.format("%011o", 1_700_000_000L));
        h[156] = (byte) type;
        put(h, 157, 100, linkName);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, 8, String.format("%06o", sum));
        out.writeBytes(h);
    }

    private static void put(byte[] header, int offset, int length, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > length) {
            throw new IllegalArgumentException("tar field too long: " + value);
        }
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
