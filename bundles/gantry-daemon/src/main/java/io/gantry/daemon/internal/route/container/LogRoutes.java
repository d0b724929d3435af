package io.gantry.daemon.internal.route.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.LogConfig;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.daemon.internal.json.Times;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.stream.ByteSink;
import io.gantry.daemon.internal.stream.ClientGone;
import io.gantry.daemon.internal.stream.Frames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/** GET /containers/{id}/logs. */
public final class LogRoutes {
    private final ContainerLifecycle containers;
    private final ContainerMonitor monitor;

    public LogRoutes(ContainerLifecycle containers, ContainerMonitor monitor) {
        this.containers = containers;
        this.monitor = monitor;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/containers/{}/logs", this::logs);
    }

    private void logs(Exchange ex) {
        Container c = containers.inspect(ex.param(0));
        // before the stream's header goes out, so that the error has its own status
        LogConfig.checkReadable(c.config().logConfig());
        boolean stdout = ex.flag("stdout", false);
        boolean stderr = ex.flag("stderr", false);
        if (!stdout && !stderr) {
            throw new InvalidArgumentException("you must choose at least one stream: stdout=1 or stderr=1");
        }
        LogOptions options = new LogOptions(ex.flag("follow", false), stdout, stderr, tail(ex),
                Times.parse("since", ex.query("since")), Times.parse("until", ex.query("until")));
        boolean timestamps = ex.flag("timestamps", false);
        ByteSink sink = ex.reply().stream(HttpResponseStatus.OK,
                c.config().tty() ? Frames.RAW_STREAM : Frames.MULTIPLEXED_STREAM);
        pump(ex, c, options, timestamps, sink);
    }

    private void pump(Exchange ex, Container c, LogOptions options, boolean timestamps, ByteSink sink) {
        try (ClientGone watch = ClientGone.interruptOnClose(ex.channel())) {
            monitor.logs(c.id(), options,
                    entry -> sink.write(Frames.encode(entry, c.config().tty(), timestamps)));
        } finally {
            sink.end();
        }
    }

    /** "all", absent or empty: every line; otherwise a whole number of lines. */
    static Integer tail(Exchange ex) {
        String value = ex.query("tail");
        return value == null || value.equals("all") ? null : ex.count("tail");
    }
}
