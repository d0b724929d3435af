package io.gantry.shim.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.api.shim.ShimRequest;
import io.gantry.runtime.oci.process.ErrorMessages;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Starts conmon and waits, within a deadline, for the reply it writes on its sync pipe once
 * {@code runtime create} is done: the container pid, or the runtime's error. The shell that relays the
 * reply ends right after it, together with conmon's first process, so its end is what is waited for.
 */
final class ConmonLauncher {
    private static final File DEV_NULL = new File("/dev/null");

    private final ShimPaths paths;
    private static final ObjectMapper json = ShimJson.MAPPER;

    ConmonLauncher(ShimPaths paths) {
        this.paths = paths;
    }

    /**
     * @return the container pid
     * @throws GantryException with the runtime's message if create failed; conmon may then still run and
     *     the caller must roll back
     */
    int launch(Path conmon, ShimRequest request, Path runtimeBinary, Duration timeout) {
        String id = request.containerId();
        ProcessBuilder builder = new ProcessBuilder(ConmonCommand.argv(conmon, request, runtimeBinary, paths))
                .redirectInput(DEV_NULL) // with a closed stdin conmon spins
                .redirectError(paths.conmonErrors(id).toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("_OCI_"));
        builder.environment().put("_OCI_SYNCPIPE", ConmonCommand.SYNC_PIPE_FD);
        Process relay;
        try {
            relay = builder.start();
        } catch (IOException e) {
            throw new GantryException("cannot run " + conmon + ": " + e.getMessage(), e);
        }
        try {
            if (!relay.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new GantryException("conmon did not report on creating container " + id + " within "
                        + timeout.toSeconds() + " s");
            }
            return containerPid(id, firstLine(relay));
        } catch (IOException e) {
            throw new GantryException("cannot read conmon's reply for container " + id + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException("interrupted while creating container " + id, e);
        } finally {
            // left only when conmon hangs: the shell and its read; the daemonized conmon is not among them
            relay.descendants().forEach(ProcessHandle::destroyForcibly);
            relay.destroyForcibly();
        }
    }

    private static String firstLine(Process relay) throws IOException {
        try (BufferedReader reply = new BufferedReader(
                new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8))) {
            return reply.readLine();
        }
    }

    private int containerPid(String id, String line) throws IOException {
        if (line == null) {
            String errors = ErrorMessages.extract(Files.readString(paths.conmonErrors(id)));
            throw new GantryException("conmon could not create container " + id + ": "
                    + (errors.isEmpty() ? "it ended without a reply" : errors));
        }
        SyncReply reply;
        try {
            reply = json.readValue(line, SyncReply.class);
        } catch (JsonProcessingException e) {
            throw new GantryException("conmon sent an unreadable reply for container " + id + ": " + line, e);
        }
        if (!reply.created()) {
            String message = reply.message() == null ? "" : ErrorMessages.extract(reply.message());
            throw new GantryException("cannot create container " + id + ": "
                    + (message.isEmpty() ? "the runtime failed without a message" : message));
        }
        return reply.data();
    }
}
