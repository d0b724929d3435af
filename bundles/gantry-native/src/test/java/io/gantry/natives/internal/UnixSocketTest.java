package io.gantry.natives.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SOCK_SEQPACKET client on the real kernel against a server in the same test. */
class UnixSocketTest {
    private final Syscalls syscalls = new LibcSyscalls();
    @TempDir
    Path dir;

    @Test
    void keepsPacketBoundariesBothWaysAndSeesShutdownAsEndOfFile() {
        Path path = dir.resolve("attach");
        try (SeqpacketServer server = new SeqpacketServer(syscalls, path)) {
            int client = connect(path);
            int peer = server.accept();
            try {
                send(peer, "\2hello");
                send(peer, "\3err");
                assertEquals("\2hello", receive(client));
                assertEquals("\3err", receive(client));

                byte[] stdin = "xxinput".getBytes(StandardCharsets.UTF_8);
                assertEquals(5, syscalls.write(client, stdin, 2, 5));
                assertEquals("input", receive(peer));
                syscalls.shutdown(client, Syscalls.SHUT_WR);
                assertEquals("", receive(peer));

                syscalls.close(peer);
                peer = -1;
                assertEquals("", receive(client));
            } finally {
                syscalls.close(client);
                if (peer >= 0) {
                    syscalls.close(peer);
                }
            }
        }
    }

    @Test
    void connectsToAPathLongerThanSockaddrHolds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a".repeat(60)).resolve("b".repeat(60)));
        Path path = folder.resolve("attach");
        assertTrue(path.toString().length() > UnixAddress.MAX_PATH_BYTES, path.toString());
        try (SeqpacketServer server = new SeqpacketServer(syscalls, path)) {
            int client = connect(path);
            int peer = server.accept();
            send(peer, "\2long");
            assertEquals("\2long", receive(client));
            syscalls.close(client);
            syscalls.close(peer);
        }
    }

    @Test
    void shutdownFromAnotherThreadWakesABlockedRead() throws Exception {
        Path path = dir.resolve("attach");
        try (SeqpacketServer server = new SeqpacketServer(syscalls, path)) {
            int client = connect(path);
            int peer = server.accept();
            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> receive(client));
            syscalls.shutdown(client, Syscalls.SHUT_RDWR);
            assertEquals("", read.get(5, TimeUnit.SECONDS));
            syscalls.close(client);
            syscalls.close(peer);
        }
    }

    @Test
    void connectToMissingSocketFailsWithEnoent() {
        int client = syscalls.socket(Syscalls.AF_UNIX, Syscalls.SOCK_SEQPACKET | Syscalls.SOCK_CLOEXEC, 0);
        try {
            NativeException e = assertThrows(NativeException.class,
                    () -> syscalls.connectUnix(client, dir.resolve("absent").toString()));
            assertEquals(Syscalls.ENOENT, e.errno());
            assertTrue(e.getMessage().startsWith("connect(" + dir.resolve("absent") + ")"), e.getMessage());
        } finally {
            syscalls.close(client);
        }
    }

    private int connect(Path path) {
        int fd = syscalls.socket(Syscalls.AF_UNIX, Syscalls.SOCK_SEQPACKET | Syscalls.SOCK_CLOEXEC, 0);
        syscalls.connectUnix(fd, path.toString());
        return fd;
    }

    private void send(int fd, String packet) {
        byte[] bytes = packet.getBytes(StandardCharsets.UTF_8);
        assertEquals(bytes.length, syscalls.write(fd, bytes, 0, bytes.length));
    }

    private String receive(int fd) {
        byte[] buffer = new byte[64];
        return new String(buffer, 0, syscalls.read(fd, buffer), StandardCharsets.UTF_8);
    }
}
