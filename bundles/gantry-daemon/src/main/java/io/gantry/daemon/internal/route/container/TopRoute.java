package io.gantry.daemon.internal.route.container;

import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.TopResult;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/** GET /containers/{id}/top?ps_args=: the container's processes as the host's ps shows them. */
public final class TopRoute {
    private final ContainerMonitor monitor;

    public TopRoute(ContainerMonitor monitor) {
        this.monitor = monitor;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/containers/{}/top", this::top);
    }

    private void top(Exchange ex) {
        TopResult top = monitor.top(ex.param(0), ex.query("ps_args"));
        ex.reply().json(HttpResponseStatus.OK, Map.of("Titles", top.titles(), "Processes", top.processes()));
    }
}
