package io.gantry.daemon.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.LogOptions;
import io.gantry.api.container.StdioStream;
import io.gantry.api.container.WaitCondition;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Instant;

/**
 * POST /containers/{id}/attach over a hijacked connection. With a tty, or with stdin on a container that
 * keeps stdin open, it connects to the live stdio (waiting for the start when the CLI attaches first, as
 * `docker run` does). Otherwise it follows the log: the monitor keeps nothing for late attach clients, and
 * the log holds everything written since the start, however fast the process was.
 */
final class AttachRoute {
    private final Services services;
    private final StartWatch starts;

    AttachRoute(Services services) {
        this.services = services;
        this.starts = new StartWatch(services.containers(), services.events());
    }

    void register(Router router) {
        router.add(HttpMethod.POST, "/containers/{}/attach", this::attach);
    }

    private void attach(Exchange ex) throws Exception {
        DetachKeys.check(ex.query("detachKeys"));
        Container c = services.containers().inspect(ex.param(0));
        boolean stdin = ex.flag("stdin", false) && c.config().openStdin();
        boolean stdout = ex.flag("stdout", false);
        boolean stderr = ex.flag("stderr", false);
        boolean tty = c.config().tty();
        if (!tty && !stdin) {
            followLog(ex, c, stdout, stderr);
            return;
        }
        StdinRelay relay = stdin ? StdinRelay.install(ex.channel()) : null;
        ByteSink sink = Hijack.upgrade(ex.channel(), tty ? LogRoutes.RAW_STREAM : LogRoutes.MULTIPLEXED_STREAM);
        StdioStream stream;
        try {
            if (!starts.awaitStart(c.id(), ex.channel())) {
                sink.end();
                return;
            }
            stream = services.containers().attach(c.id(), stdin);
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
        ByteSink sink = Hijack.upgrade(ex.channel(), LogRoutes.MULTIPLEXED_STREAM);
        try (ClientGone watch = ClientGone.interruptOnClose(ex.channel())) {
            boolean stopped = c.state() != ContainerState.CREATED && !c.state().isLive();
            if (stopped && !starts.awaitStart(c.id(), ex.channel())) {
                return;
            }
            if (stdout || stderr) {
                services.containers().logs(c.id(), new LogOptions(true, stdout, stderr, null, since, null),
                        entry -> sink.write(Frames.encode(entry, false, false)));
            } else {
                services.containers().waitFor(c.id(), WaitCondition.NOT_RUNNING).get();
            }
        } finally {
            sink.end();
        }
    }
}
