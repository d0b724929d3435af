package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ContainerState;
import io.gantry.api.image.ImageService;
import io.gantry.daemon.internal.json.Filters;
import io.gantry.daemon.internal.route.container.body.CreateBody;
import io.gantry.daemon.internal.route.container.body.UpdateBody;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Container lifecycle endpoints: create, start, stop, kill, restart, pause, unpause, rename, remove, list,
 * inspect, prune, update.
 */
public final class ContainerRoutes {
    private final ContainerLifecycle containers;
    private final ImageService images;
    private final ContainerJson shapes;
    private final Commands commands;

    public ContainerRoutes(ContainerLifecycle containers, ImageService images, ContainerJson shapes,
            Commands commands) {
        this.containers = containers;
        this.images = images;
        this.shapes = shapes;
        this.commands = commands;
    }

    public void register(Router router) {
        router.add(HttpMethod.POST, "/containers/create", this::create)
                .add(HttpMethod.GET, "/containers/json", this::list)
                .add(HttpMethod.POST, "/containers/prune", this::prune)
                .add(HttpMethod.GET, "/containers/{}/json", this::inspect)
                .add(HttpMethod.POST, "/containers/{}/start", this::start)
                .add(HttpMethod.POST, "/containers/{}/stop", this::stop)
                .add(HttpMethod.POST, "/containers/{}/kill", this::kill)
                .add(HttpMethod.POST, "/containers/{}/restart", this::restart)
                .add(HttpMethod.POST, "/containers/{}/pause", this::pause)
                .add(HttpMethod.POST, "/containers/{}/unpause", this::unpause)
                .add(HttpMethod.POST, "/containers/{}/update", this::update)
                .add(HttpMethod.POST, "/containers/{}/rename", this::rename)
                .add(HttpMethod.DELETE, "/containers/{}", this::remove);
    }

    private void create(Exchange ex) {
        ContainerConfig config = CreateBody.read(ex.body(CreateBody.SCHEMA), ex.query("name"));
        try {
            images.resolve(config.image());
        } catch (NotFoundException e) {
            throw new NotFoundException("No such image: " + config.image(), e);
        }
        Container created = containers.create(config);
        ObjectNode reply = ex.json().createObjectNode().put("Id", created.id());
        reply.putArray("Warnings");
        ex.reply().json(HttpResponseStatus.CREATED, reply);
    }

    private void list(Exchange ex) {
        ContainerFilter filter = new ContainerFilter(Filters.parse(ex.query("filters"), ex.json()));
        Integer limit = ex.integer("limit"); // 0 or less: no limit, as docker-py's -1 asks
        boolean all = ex.flag("all", false) || filter.wantsAll() || (limit != null && limit > 0);
        Instant now = Instant.now();
        ArrayNode out = ex.json().createArrayNode();
        containers.list(all).stream().filter(filter).limit(limit != null && limit > 0 ? limit : Long.MAX_VALUE)
                .forEach(c -> out.add(shapes.listItem(c, commands.of(c), now)));
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    private void inspect(Exchange ex) {
        Container c = containers.inspect(ex.param(0));
        ex.reply().json(HttpResponseStatus.OK, shapes.inspect(c, commands.of(c)));
    }

    private void start(Exchange ex) {
        if (containers.inspect(ex.param(0)).state() == ContainerState.RUNNING) {
            ex.reply().empty(HttpResponseStatus.NOT_MODIFIED);
            return;
        }
        containers.start(ex.param(0));
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    private void stop(Exchange ex) {
        if (!containers.inspect(ex.param(0)).state().isLive()) {
            ex.reply().empty(HttpResponseStatus.NOT_MODIFIED);
            return;
        }
        containers.stop(ex.param(0), timeout(ex));
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    private void kill(Exchange ex) {
        String signal = ex.query("signal");
        containers.kill(ex.param(0), signal == null || signal.isEmpty() ? "KILL" : signal);
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    private void restart(Exchange ex) {
        containers.restart(ex.param(0), timeout(ex));
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    private void pause(Exchange ex) {
        containers.pause(ex.param(0));
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    private void unpause(Exchange ex) {
        containers.unpause(ex.param(0));
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    /** v=1 (docker rm -v) also removes the container's anonymous volumes. */
    private void remove(Exchange ex) {
        containers.remove(ex.param(0), ex.flag("force", false), ex.flag("v", false));
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    private void prune(Exchange ex) {
        Filters filters = Filters.parse(ex.query("filters"), ex.json()).allow("prune", List.of("label"));
        ArrayNode deleted = ex.json().createArrayNode();
        for (Container c : containers.list(true)) {
            if (!c.state().isLive() && filters.labels(c.config().labels())) {
                try {
                    containers.remove(c.id(), false);
                    deleted.add(c.id());
                } catch (NotFoundException gone) {
                    // removed meanwhile, by its auto-remove or by another client
                }
            }
        }
        ObjectNode reply = ex.json().createObjectNode();
        reply.set("ContainersDeleted", deleted);
        reply.put("SpaceReclaimed", 0);
        ex.reply().json(HttpResponseStatus.OK, reply);
    }

    private void update(Exchange ex) {
        UpdateBody update = UpdateBody.read(ex.body(UpdateBody.SCHEMA));
        containers.update(ex.param(0), update.resources());
        if (update.restartPolicy() != null) {
            containers.updateRestartPolicy(ex.param(0), update.restartPolicy());
        }
        ex.reply().json(HttpResponseStatus.OK, Map.of("Warnings", List.of()));
    }

    private void rename(Exchange ex) {
        String name = ex.query("name");
        if (name == null || name.isEmpty()) {
            throw new InvalidArgumentException("no new name given: the name query parameter is required");
        }
        containers.rename(ex.param(0), name);
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    private static Duration timeout(Exchange ex) {
        Integer seconds = ex.count("t");
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }
}
