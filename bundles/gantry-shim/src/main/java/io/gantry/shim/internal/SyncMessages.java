package io.gantry.shim.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the JSON lines conmon writes on its sync and attach pipes, on a daemon thread of its own, until
 * conmon closes them by ending. An unreadable line ends the reading as if conmon had ended.
 */
final class SyncMessages {
    private static final Logger LOG = LoggerFactory.getLogger(SyncMessages.class);
    private static final SyncReply END = new SyncReply(Integer.MIN_VALUE, null);

    private static final ObjectMapper json = ShimJson.MAPPER;
    private final BlockingQueue<SyncReply> replies = new LinkedBlockingQueue<>();
    private final CompletableFuture<Optional<SyncReply>> ended = new CompletableFuture<>();

    private SyncMessages() {
    }

    static SyncMessages read(InputStream pipe, String threadName) {
        SyncMessages messages = new SyncMessages();
        Thread thread = new Thread(() -> messages.readAll(pipe), threadName);
        thread.setDaemon(true);
        thread.start();
        return messages;
    }

    /** The next message; empty if conmon ended first or none came within {@code limit}. */
    Optional<SyncReply> next(Duration limit) throws InterruptedException {
        SyncReply reply = replies.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (reply == END) {
            replies.add(END);
        }
        return reply == null || reply == END ? Optional.empty() : Optional.of(reply);
    }

    /** Completes when conmon has closed the pipes, with the last message it sent. */
    CompletableFuture<Optional<SyncReply>> ended() {
        return ended;
    }

    private void readAll(InputStream pipe) {
        SyncReply last = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                last = json.readValue(line, SyncReply.class);
                replies.add(last);
            }
        } catch (JsonProcessingException e) {
            LOG.warn("conmon sent an unreadable message: {}", e.getOriginalMessage());
        } catch (IOException e) {
            LOG.warn("Reading conmon's messages failed: {}", e.toString());
        } finally {
            replies.add(END);
            ended.complete(Optional.ofNullable(last));
        }
    }
}
