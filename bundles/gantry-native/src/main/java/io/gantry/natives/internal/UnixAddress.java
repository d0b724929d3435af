package io.gantry.natives.internal;

import io.gantry.natives.Syscalls;
import java.nio.charset.StandardCharsets;

/** A sockaddr_un as bytes: a native-endian (x86-64, aarch64: little-endian) sa_family, then sun_path. */
final class UnixAddress {
    /** sun_path holds 108 bytes, the terminating NUL included. */
    static final int MAX_PATH_BYTES = 107;

    private UnixAddress() {
    }

    static boolean fits(String path) {
        return path.getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES;
    }

    static byte[] of(String path) {
        byte[] pathBytes = path.getBytes(StandardCharsets.UTF_8);
        if (pathBytes.length > MAX_PATH_BYTES) {
            throw new IllegalArgumentException("unix socket path of " + pathBytes.length + " bytes is over "
                    + MAX_PATH_BYTES + ": " + path);
        }
        byte[] address = new byte[2 + pathBytes.length + 1];
        address[0] = (byte) Syscalls.AF_UNIX;
        System.arraycopy(pathBytes, 0, address, 2, pathBytes.length);
        return address;
    }
}
