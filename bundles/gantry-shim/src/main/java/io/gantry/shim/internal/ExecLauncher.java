package io.gantry.shim.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.shim.ExecRequest;
import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import io.gantry.runtime.oci.process.ErrorMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs one exec session under a conmon of its own. With attach, conmon waits twice on its start pipe: once
 * before it forks, and once, after it has reported its attach socket ready, before it runs the runtime, so
 * that we are connected before the process writes anything.
 */
final class ExecLauncher {
    private final ShimPaths shimPaths;
    private final Syscalls syscalls;
    private static final ObjectMapper json = ShimJson.MAPPER;

    ExecLauncher(ShimPaths shimPaths, Syscalls syscalls) {
        this.shimPaths = shimPaths;
        this.syscalls = syscalls;
    }

    ExecSession launch(Path conmon, ExecRequest request, Path runtimeBinary, boolean attach, Duration timeout) {
        ExecPaths paths = ExecPaths.of(shimPaths, request.containerId(), request.execId());
        String what = paths.description();
        if (Files.exists(paths.dir())) {
            throw new ConflictException("cannot start " + what + ": that exec id is in use");
        }
        ExecRollback rollback = new ExecRollback(paths);
        AttachSocket stdio = null;
        try {
            Files.createDirectories(paths.exits());
            json.writeValue(paths.processSpec().toFile(), request.process());
            ProcessBuilder builder = new ProcessBuilder(ExecCommand.argv(conmon, request, runtimeBinary, paths, attach))
                    .redirectError(paths.conmonErrors().toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("_OCI_"));
            builder.environment().putAll(ExecCommand.environment(attach));
            Process relay = builder.start();
            rollback.relay(relay);
            SyncMessages messages = SyncMessages.read(relay.getInputStream(), "conmon " + what);
            try (OutputStream startPipe = relay.getOutputStream()) {
                if (attach) {
                    signal(startPipe);
                    expect(messages, timeout, paths, "the attach socket");
                    stdio = AttachSocket.connect(syscalls, paths.attachSocket(), request.stdin(), what);
                    signal(startPipe);
                }
            }
            int pid = expect(messages, timeout, paths, "the process").data();
            CompletableFuture<Integer> exit = messages.ended().thenApply(last -> exitCode(paths, last, what));
            return new ExecSession(paths, pid, stdio, exit);
        } catch (IOException e) {
            rollback.run(stdio);
            throw new GantryException("cannot start " + what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rollback.run(stdio);
            throw new GantryException("interrupted while starting " + what, e);
        } catch (NativeException e) {
            rollback.run(stdio);
            throw new GantryException("cannot attach to " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback.run(stdio);
            throw e;
        }
    }

    private static void signal(OutputStream startPipe) throws IOException {
        startPipe.write('\n');
        startPipe.flush();
    }

    /** The next message, which must not report a failure. */
    private static SyncReply expect(SyncMessages messages, Duration timeout, ExecPaths paths, String awaited)
            throws InterruptedException, IOException {
        String what = paths.description();
        Optional<SyncReply> reply = messages.next(timeout);
        if (reply.isEmpty()) {
            String errors = ErrorMessages.extract(Files.readString(paths.conmonErrors()));
            String failure = messages.ended().isDone() ? "conmon ended without reporting " + awaited
                    : "conmon did not report " + awaited + " within " + timeout.toSeconds() + " s";
            throw new GantryException("cannot start " + what + ": " + failure
                    + (errors.isEmpty() ? "" : ": " + errors));
        }
        if (reply.get().data() < 0) {
            String message = reply.get().message() == null ? "" : ErrorMessages.extract(reply.get().message());
            throw new GantryException("cannot start " + what + ": "
                    + (message.isEmpty() ? "the runtime failed without a message" : message));
        }
        return reply.get();
    }

    /** The code conmon wrote to the exit file, else the one in its last message; the folder goes then. */
    private static int exitCode(ExecPaths paths, Optional<SyncReply> last, String what) {
        try {
            Optional<Integer> written = Files.exists(paths.exitFile())
                    ? Optional.of(Integer.parseInt(Files.readString(paths.exitFile()).strip())) : Optional.empty();
            return written.or(() -> last.filter(reply -> reply.message() == null).map(SyncReply::data))
                    .orElseThrow(() -> new GantryException(what + " ended without an exit code"));
        } catch (IOException | NumberFormatException e) {
            throw new GantryException("cannot read the exit code of " + what + ": " + e, e);
        } finally {
            ExecRollback.removeFolder(paths);
        }
    }
}
