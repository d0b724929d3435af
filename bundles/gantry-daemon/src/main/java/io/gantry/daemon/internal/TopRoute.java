package io.gantry.daemon.internal;

import io.gantry.api.container.TopResult;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/** GET /containers/{id}/top?ps_args=: the container's processes as the host's ps shows them. */
final class TopRoute {
    private final Services services;

    TopRoute(Services services) {
        this.services = services;
    }

    void register(Router router) {
        router.add(HttpMethod.GET, "/containers/{}/top", this::top);
    }

    private void top(Exchange ex) {
        TopResult top = services.containers().top(ex.param(0), ex.query("ps_args"));
        ex.reply().json(HttpResponseStatus.OK, Map.of("Titles", top.titles(), "Processes", top.processes()));
    }
}
