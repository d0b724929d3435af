package io.gantry.core.internal.exec;

import io.gantry.api.ConflictException;
import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.api.container.exec.ExecInfo;
import io.gantry.api.shim.ExecProcess;
import java.time.Duration;
import java.time.Instant;

/** One exec instance: registered, then started once, then ended with an exit code. Thread-safe. */
final class ExecSession {
    private final String id;
    private final String containerId;
    private final ExecConfig config;
    private boolean started;
    private ExecProcess process;
    private Integer exitCode;
    private Instant endedAt;
    private ConsoleSize requestedSize;

    ExecSession(String id, String containerId, ExecConfig config) {
        this.id = id;
        this.containerId = containerId;
        this.config = config;
    }

    String id() {
        return id;
    }

    String containerId() {
        return containerId;
    }

    ExecConfig config() {
        return config;
    }

    synchronized void markStarted() {
        if (started) {
            throw new ConflictException("exec " + id + " has already been started");
        }
        started = true;
    }

    synchronized void running(ExecProcess running) {
        process = running;
        notifyAll();
    }

    /** The terminal size to start with: the last resize asked for before the start, else the config's. */
    synchronized ConsoleSize startSize() {
        return requestedSize != null ? requestedSize : config.consoleSize();
    }

    /**
     * The process to resize: before the start, the size is kept for it and null is returned; while it starts,
     * waits for it (the docker CLI resizes as soon as its start request is answered).
     *
     * @throws ConflictException if it ended or never ran
     */
    synchronized ExecProcess toResize(ConsoleSize size, Duration timeout) throws InterruptedException {
        if (!started) {
            requestedSize = size;
            return null;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process == null && endedAt == null && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        if (process == null || endedAt != null) {
            throw new ConflictException("exec " + id + " is not running");
        }
        return process;
    }

    synchronized void ended(int code, Instant when) {
        exitCode = code;
        endedAt = when;
        notifyAll();
    }

    /** A start that failed: the exec never ran and cannot be started again. */
    synchronized void failed(Instant when) {
        endedAt = when;
        notifyAll();
    }

    synchronized ExecProcess process() {
        return process;
    }

    synchronized boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (endedAt == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized boolean endedBefore(Instant instant) {
        return endedAt != null && endedAt.isBefore(instant);
    }

    synchronized ExecInfo info() {
        boolean running = process != null && endedAt == null;
        return new ExecInfo(id, containerId, config, running, running ? process.pid() : 0, exitCode);
    }
}
