package io.gantry.core.internal.monitor;

import io.gantry.api.container.ContainerState;
import io.gantry.api.container.LogConfig;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.ContainerStats;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.api.container.monitor.TopResult;
import io.gantry.core.internal.files.ContainerChanges;
import io.gantry.core.internal.logs.LogReader;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.StateStore;
import java.util.List;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** What containers do: logs (followed while a container may still write), usage, processes and file changes. */
@Component(service = ContainerMonitor.class)
public final class MonitorService implements ContainerMonitor {
    private final StateStore state;
    private final StatsReader stats;
    private final ProcessTop top;
    private final ContainerChanges changes;
    private volatile boolean open = true;

    @Activate
    public MonitorService(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "threads") EngineThreads threads) {
        this.state = state;
        this.stats = new StatsReader(providers);
        this.top = new ProcessTop(providers, threads);
        this.changes = new ContainerChanges(providers);
    }

    /** Followers of logs end: their container may go on writing, but this service no longer watches. */
    @Deactivate
    public void deactivate() {
        open = false;
    }

    @Override
    public void logs(String ref, LogOptions options, Predicate<LogEntry> sink) {
        ContainerHandle handle = state.index().resolve(ref);
        LogConfig.checkReadable(handle.view().config().logConfig());
        state.followers().enter(handle.id());
        try {
            new LogReader(state.paths().logPath(handle.id()), options, () -> open && state.isOpen()
                    && !handle.isRemoved() && mayWriteLog(handle.view().state())).read(sink);
        } finally {
            state.followers().leave(handle.id());
        }
    }

    @Override
    public ContainerStats stats(String ref) {
        return stats.stats(state.index().resolve(ref));
    }

    @Override
    public TopResult top(String ref, String psArgs) {
        return top.top(state.index().resolve(ref), psArgs);
    }

    @Override
    public List<FileChange> changes(String ref) {
        return changes.of(state.index().resolve(ref));
    }

    private static boolean mayWriteLog(ContainerState state) {
        return state == ContainerState.CREATED || state.isLive();
    }
}
