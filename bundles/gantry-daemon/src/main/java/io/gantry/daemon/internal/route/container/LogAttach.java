package io.gantry.daemon.internal.route.container;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.daemon.internal.event.StartWatch;
import io.gantry.daemon.internal.stream.ByteSink;
import io.gantry.daemon.internal.stream.ClientGone;
import io.gantry.daemon.internal.stream.Frames;
import io.netty.channel.Channel;
import java.time.Instant;

/**
 * An attach served from the container's log: the output written so far ({@code logs}), and without a tty or
 * stdin also the live output, since the monitor keeps nothing for late attach clients while the log holds
 * everything written since the start, however fast the process was.
 */
final class LogAttach {
    private final ContainerLifecycle containers;
    private final ContainerMonitor monitor;
    private final StartWatch starts;

    LogAttach(ContainerLifecycle containers, ContainerMonitor monitor, StartWatch starts) {
        this.containers = containers;
        this.monitor = monitor;
        this.starts = starts;
    }

    /** The log so far, in the stream's encoding ({@code raw}: as written, else in frames). */
    void replay(Container c, AttachQuery query, boolean raw, ByteSink sink) {
        monitor.logs(c.id(), new LogOptions(false, query.stdout(), query.stderr(), null, null, null),
                entry -> sink.write(Frames.encode(entry, raw, false)));
    }

    /**
     * Follows the log until the container stops or the client goes; an exited container is followed from its next
     * start (`docker start -a` attaches, then starts). Ends the sink.
     */
    void follow(Channel client, Container c, AttachQuery query, boolean raw, ByteSink sink) throws Exception {
        // a container that has not run yet has an empty log: reading it all misses nothing of a later start
        Instant since = query.logs() || c.state() == ContainerState.CREATED ? null : Instant.now();
        try (ClientGone watch = ClientGone.interruptOnClose(client)) {
            if (!query.stream()) {
                if (query.logs()) {
                    replay(c, query, raw, sink);
                }
                return;
            }
            boolean stopped = c.state() != ContainerState.CREATED && !c.state().isLive();
            if (stopped && !query.logs() && !starts.awaitStart(c.id(), client)) {
                return;
            }
            if (query.stdout() || query.stderr()) {
                monitor.logs(c.id(), new LogOptions(true, query.stdout(), query.stderr(), null, since, null),
                        entry -> sink.write(Frames.encode(entry, raw, false)));
            } else {
                containers.waitFor(c.id(), WaitCondition.NOT_RUNNING).get();
            }
        } finally {
            sink.end();
        }
    }
}
