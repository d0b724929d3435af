package io.gantry.core.internal.state;

import io.gantry.api.container.Container;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One container in memory. State changes run under its lock, one at a time; readers use {@link #view()},
 * the snapshot taken at the last save, without locking.
 */
public final class ContainerHandle {
    private final ReentrantLock lock = new ReentrantLock();
    private final ContainerRecord record;
    private final Path logPath;
    private volatile Container view;
    private volatile List<JoinedNetwork> joinedNetworks;
    private volatile boolean removed;

    public ContainerHandle(ContainerRecord record, Path logPath) {
        this.record = record;
        this.logPath = logPath;
        this.view = record.toContainer(logPath);
        this.joinedNetworks = joined(record);
    }

    public String id() {
        return record.id;
    }

    public Container view() {
        return view;
    }

    /** What the container asked for on each of its networks, as of the last save; for readers that cannot lock. */
    public List<JoinedNetwork> joinedNetworks() {
        return joinedNetworks;
    }

    /** The mutable record; only for code running inside {@link #locked}. */
    public ContainerRecord record() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("container " + record.id + " is not locked by this thread");
        }
        return record;
    }

    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    public void locked(Runnable action) {
        locked(() -> {
            action.run();
            return null;
        });
    }

    /** Publishes the record's current values to readers; called after each save. */
    public void refreshView() {
        view = record().toContainer(logPath);
        joinedNetworks = joined(record);
    }

    private static List<JoinedNetwork> joined(ContainerRecord record) {
        return record.networks == null ? List.of() : List.copyOf(record.networks);
    }

    public boolean isRemoved() {
        return removed;
    }

    public void markRemoved() {
        removed = true;
    }
}
