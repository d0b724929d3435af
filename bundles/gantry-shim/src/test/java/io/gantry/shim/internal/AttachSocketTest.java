package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.natives.NativeException;
import io.gantry.natives.fake.FakeSocketPeer;
import io.gantry.natives.fake.RecordingSyscalls;
import io.gantry.testkit.Await;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The attach protocol against an in-memory socket. */
class AttachSocketTest {
    private static final Path SOCKET = Path.of("/run/gantry/shim/sockets/c1/attach");
    private final RecordingSyscalls syscalls = new RecordingSyscalls();
    private final FakeSocketPeer conmon = syscalls.listenOn(SOCKET.toString());

    @Test
    void namesTheStreamByTheHeaderByteAndSkipsOtherPackets() throws IOException {
        AttachSocket socket = AttachSocket.connect(syscalls, SOCKET, false, "container c1");
        conmon.send(new byte[] {2, 'o', 'u', 't'});
        conmon.send(new byte[] {9, 'x'});
        conmon.send(new byte[] {3, 'e', 'r', 'r'});
        conmon.hangUp();

        assertChunk(LogEntry.Stream.STDOUT, "out", socket.read());
        assertChunk(LogEntry.Stream.STDERR, "err", socket.read());
        assertNull(socket.read());
        socket.close();
    }

    @Test
    void splitsLongInputIntoPacketsConmonReadsWhole() throws IOException {
        AttachSocket socket = AttachSocket.connect(syscalls, SOCKET, true, "container c1");
        byte[] input = new byte[40000];
        input[39999] = 'z';
        socket.write(input, 0, input.length);
        socket.closeStdin();

        List<byte[]> packets = conmon.received();
        assertEquals(List.of(32767, 7233), packets.stream().map(p -> p.length).toList());
        assertEquals('z', packets.get(1)[7232]);
        assertTrue(conmon.clientStoppedWriting());
        assertEquals(1, syscalls.calls("shutdown(").size());
        socket.close();
    }

    @Test
    void refusesInputWhenTheProcessHasNoStdin() {
        AttachSocket socket = AttachSocket.connect(syscalls, SOCKET, false, "container c1");
        IOException e = assertThrows(IOException.class, () -> socket.write(new byte[] {'x'}, 0, 1));
        assertEquals("cannot write to container c1: it was not started with stdin open", e.getMessage());
        assertEquals(List.of(), conmon.received());
        socket.close();
    }

    @Test
    void closeFromAnotherThreadEndsABlockedReadAndReleasesTheFdOnce() throws Exception {
        AttachSocket socket = AttachSocket.connect(syscalls, SOCKET, true, "container c1");
        CompletableFuture<OutputChunk> read = CompletableFuture.supplyAsync(() -> {
            try {
                return socket.read();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Await.until("the read blocks", () -> !syscalls.calls("read(").isEmpty());
        socket.close();
        socket.close();

        assertNull(read.get(5, TimeUnit.SECONDS));
        assertEquals(1, syscalls.calls("close(").size());
        assertTrue(conmon.clientClosed());
        assertNull(socket.read());
        assertThrows(IOException.class, () -> socket.write(new byte[] {'x'}, 0, 1));
    }

    @Test
    void aFailedConnectClosesTheSocket() {
        assertThrows(NativeException.class,
                () -> AttachSocket.connect(syscalls, Path.of("/absent/attach"), false, "container c2"));
        assertEquals(syscalls.calls("socket(").size(), syscalls.calls("close(").size());
    }

    private static void assertChunk(LogEntry.Stream stream, String text, OutputChunk chunk) {
        assertEquals(stream, chunk.stream());
        assertArrayEquals(text.getBytes(), chunk.data());
    }
}
