package io.gantry.core.internal.health;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The exit codes of the probes' execs, as their exec_die events bring them. */
final class ExecExits {
    private final Map<String, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();

    /** Called before the exec starts, so that its end cannot be missed. */
    CompletableFuture<Integer> expect(String execId) {
        return pending.computeIfAbsent(execId, id -> new CompletableFuture<>());
    }

    /** An exec ended; execs no probe waits for (the user's) are not kept. */
    void ended(String execId, int exitCode) {
        CompletableFuture<Integer> exit = pending.remove(execId);
        if (exit != null) {
            exit.complete(exitCode);
        }
    }

    void forget(String execId) {
        pending.remove(execId);
    }
}
