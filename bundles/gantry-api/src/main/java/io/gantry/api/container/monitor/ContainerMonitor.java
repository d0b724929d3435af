package io.gantry.api.container.monitor;

import java.util.List;
import java.util.function.Predicate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What containers do: their logs, resource usage, processes and file changes. Every method that takes {@code ref}
 * accepts a name, a full id or a unique id prefix, and throws {@link io.gantry.api.NotFoundException} when
 * none matches.
 */
@ProviderType
public interface ContainerMonitor {
    /**
     * Reads the log, handing each record to {@code sink} until the sink returns false, the records end
     * or, with {@code follow}, the container stops and its log is drained. Blocks the calling thread.
     */
    void logs(String ref, LogOptions options, Predicate<LogEntry> sink);

    ContainerStats stats(String ref);

    /** Processes of a running container, with `ps` arguments (default "-ef"). */
    TopResult top(String ref, String psArgs);

    /** The paths the container added, changed or deleted in its writable layer, sorted by path. */
    List<FileChange> changes(String ref);
}
