package io.gantry.core.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class StartAttachesTest {
    private final StartAttaches attaches = new StartAttaches();

    /** A stream that only knows whether it was closed. */
    private static final class Closable implements StdioStream {
        boolean closed;

        @Override
        public OutputChunk read() {
            return null;
        }

        @Override
        public void write(byte[] data, int offset, int length) {
        }

        @Override
        public void closeStdin() {
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void theStartConnectsEachRequestWithTheStdinItAskedFor() throws Exception {
        CompletableFuture<StdioStream> withStdin = attaches.register("c1", true);
        CompletableFuture<StdioStream> without = attaches.register("c1", false);
        assertEquals(2, attaches.waiting("c1"));
        List<Boolean> asked = new ArrayList<>();
        Closable stream = new Closable();
        attaches.connect("c1", stdin -> {
            asked.add(stdin);
            return stream;
        });
        assertEquals(List.of(true, false), asked);
        assertSame(stream, withStdin.get());
        assertSame(stream, without.get());
        assertEquals(0, attaches.waiting("c1"), "only the next start");
    }

    @Test
    void aWithdrawnRequestIsNotConnected() {
        CompletableFuture<StdioStream> request = attaches.register("c1", true);
        request.cancel(false);
        assertEquals(0, attaches.waiting("c1"));
        List<Boolean> asked = new ArrayList<>();
        attaches.connect("c1", stdin -> {
            asked.add(stdin);
            return new Closable();
        });
        assertTrue(asked.isEmpty());
    }

    @Test
    void aStreamConnectedForARequestCancelledMeanwhileIsClosed() {
        CompletableFuture<StdioStream> request = attaches.register("c1", true);
        Closable stream = new Closable();
        attaches.connect("c1", stdin -> {
            request.cancel(false);
            return stream;
        });
        assertTrue(stream.closed);
    }

    @Test
    void aFailedConnectFailsTheRequestAndARemovalFailsTheRest() {
        CompletableFuture<StdioStream> failing = attaches.register("c1", true);
        attaches.connect("c1", stdin -> {
            throw new GantryException("no socket");
        });
        ExecutionException e = assertThrows(ExecutionException.class, failing::get);
        assertEquals("no socket", e.getCause().getMessage());
        CompletableFuture<StdioStream> removed = attaches.register("c2", false);
        attaches.removed("c2");
        assertEquals(NotFoundException.class, assertThrows(ExecutionException.class, removed::get).getCause().getClass());
    }
}
