package io.gantry.core.internal;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.ExecConfig;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exec instances, in memory only (like dockerd's). An ended exec stays inspectable for a few minutes;
 * all of a container's go when it is removed.
 */
final class ExecRegistry {
    static final Duration KEEP_ENDED = Duration.ofMinutes(5);

    private final Map<String, ExecSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    ExecRegistry(Clock clock) {
        this.clock = clock;
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

    void removeContainer(String containerId) {
        sessions.values().removeIf(s -> s.containerId().equals(containerId));
    }

    Clock clock() {
        return clock;
    }

    private void dropExpired() {
        sessions.values().removeIf(s -> s.endedBefore(clock.instant().minus(KEEP_ENDED)));
    }
}
