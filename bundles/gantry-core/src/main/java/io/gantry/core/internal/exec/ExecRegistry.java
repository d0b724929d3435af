package io.gantry.core.internal.exec;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.exec.ExecConfig;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The exec instances, in memory only (like dockerd's). An ended exec stays inspectable for a few minutes;
 * all of a container's go once it is removed.
 */
final class ExecRegistry {
    static final Duration KEEP_ENDED = Duration.ofMinutes(5);

    private final Map<String, ExecSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Predicate<String> containerExists;

    /** @param containerExists whether a container id is still known; the execs of removed ones are dropped */
    ExecRegistry(Clock clock, Predicate<String> containerExists) {
        this.clock = clock;
        this.containerExists = containerExists;
    }

    ExecSession add(String containerId, ExecConfig config) {
        dropExpired();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        ExecSession session = new ExecSession(HexFormat.of().formatHex(bytes), containerId, config);
        sessions.put(session.id(), session);
        return session;
    }

    /** @throws NotFoundException "No such exec instance: x" */
    ExecSession get(String execId) {
        dropExpired();
        ExecSession session = execId == null ? null : sessions.get(execId);
        if (session == null) {
            throw new NotFoundException("No such exec instance: " + execId);
        }
        return session;
    }

    Clock clock() {
        return clock;
    }

    private void dropExpired() {
        sessions.values().removeIf(s -> s.endedBefore(clock.instant().minus(KEEP_ENDED))
                || !containerExists.test(s.containerId()));
    }
}
