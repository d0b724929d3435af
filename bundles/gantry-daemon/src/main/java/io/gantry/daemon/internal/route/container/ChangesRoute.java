package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/** GET /containers/{id}/changes: what docker diff shows. */
public final class ChangesRoute {
    private final ContainerMonitor monitor;

    public ChangesRoute(ContainerMonitor monitor) {
        this.monitor = monitor;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/containers/{}/changes", this::changes);
    }

    /** Kind on the wire: 0 modified, 1 added, 2 deleted, the order of {@link FileChange.Kind}. */
    private void changes(Exchange ex) {
        ArrayNode out = ex.json().createArrayNode();
        for (FileChange change : monitor.changes(ex.param(0))) {
            out.addObject().put("Path", change.path()).put("Kind", change.kind().ordinal());
        }
        ex.reply().json(HttpResponseStatus.OK, out);
    }
}
