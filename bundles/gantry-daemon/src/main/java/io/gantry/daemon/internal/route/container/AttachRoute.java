package io.gantry.daemon.internal.route.container;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.attach.ContainerAttach;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.daemon.internal.event.StartWatch;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.server.TerminalQuery;
import io.gantry.daemon.internal.stream.ByteSink;
import io.gantry.daemon.internal.stream.ClientGone;
import io.gantry.daemon.internal.stream.DetachKeys;
import io.gantry.daemon.internal.stream.Frames;
import io.gantry.daemon.internal.stream.StdinRelay;
import io.gantry.daemon.internal.stream.StdioPump;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Instant;

/**
 * POST /containers/{id}/attach over a hijacked connection, and /resize of its terminal. With a tty, or with
 * stdin on a container that keeps stdin open, attach connects to the live stdio (waiting for the start when the
 * CLI attaches first, as `docker run` does). Otherwise it follows the log: the monitor keeps nothing for late
 * attach clients, and the log holds everything written since the start, however fast the process was.
 */
public final class AttachRoute {
    private final ContainerLifecycle containers;
    private final ContainerAttach attach;
    private final ContainerMonitor monitor;
    private final StartWatch starts;

    public AttachRoute(ContainerLifecycle containers, ContainerAttach attach, ContainerMonitor monitor,
            StartWatch starts) {
        this.containers = containers;
        this.attach = attach;
        this.monitor = monitor;
        this.starts = starts;
    }

    public void register(Router router) {
        router.add(HttpMethod.POST, "/containers/{}/attach", this::attach)
                .add(HttpMethod.POST, "/containers/{}/resize", this::resize);
    }

    private void attach(Exchange ex) throws Exception {
        DetachKeys.check(ex.query("detachKeys"));
        Container c = containers.inspect(ex.param(0));
        boolean stdin = ex.flag("stdin", false) && c.config().openStdin();
        boolean stdout = ex.flag("stdout", false);
        boolean stderr = ex.flag("stderr", false);
        boolean tty = c.config().tty();
        if (!tty && !stdin) {
            followLog(ex, c, stdout, stderr);
            return;
        }
        StdinRelay relay = stdin ? StdinRelay.install(ex.channel()) : null;
        ByteSink sink = ex.hijack(tty ? Frames.RAW_STREAM : Frames.MULTIPLEXED_STREAM);
        StdioStream stream;
        try {
            if (!starts.awaitStart(c.id(), ex.channel())) {
                sink.end();
                return;
            }
            stream = attach.attach(c.id(), stdin);
        } catch (ConflictException exitedAlready) {
            sink.end();
            return;
        }
        if (relay != null) {
            relay.connect(stream);
        }
        try {
            new StdioPump(tty, stdout, stderr).run(stream, ex.channel(), sink);
        } finally {
            if (relay != null) {
                relay.detach();
            }
        }
    }

    /** An exited container is followed from its next start (`docker start -a` attaches, then starts). */
    private void followLog(Exchange ex, Container c, boolean stdout, boolean stderr) throws Exception {
        // a container that has not run yet has an empty log: reading it all misses nothing of a later start
        Instant since = c.state() == ContainerState.CREATED ? null : Instant.now();
        ByteSink sink = ex.hijack(Frames.MULTIPLEXED_STREAM);
        try (ClientGone watch = ClientGone.interruptOnClose(ex.channel())) {
            boolean stopped = c.state() != ContainerState.CREATED && !c.state().isLive();
            if (stopped && !starts.awaitStart(c.id(), ex.channel())) {
                return;
            }
            if (stdout || stderr) {
                monitor.logs(c.id(), new LogOptions(true, stdout, stderr, null, since, null),
                        entry -> sink.write(Frames.encode(entry, false, false)));
            } else {
                containers.waitFor(c.id(), WaitCondition.NOT_RUNNING).get();
            }
        } finally {
            sink.end();
        }
    }

    private void resize(Exchange ex) {
        TerminalQuery size = TerminalQuery.of(ex);
        attach.resize(ex.param(0), size.height(), size.width());
        ex.reply().empty(HttpResponseStatus.OK);
    }
}
