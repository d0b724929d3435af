package io.gantry.daemon.internal.route.volume;

import static io.gantry.daemon.internal.json.JsonKind.STRING;
import static io.gantry.daemon.internal.json.JsonKind.STRING_MAP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.Filters;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.regex.Pattern;

/** Volume endpoints as an engine with no volume driver installed answers them: there are no volumes. */
public final class VolumeRoutes {
    private static final BodySchema CREATE = new BodySchema().with(STRING, "Name", "Driver")
            .with(STRING_MAP, "DriverOpts", "Labels");
    private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final List<String> KNOWN_FILTERS = List.of("dangling", "driver", "label", "name");

    public void register(Router router) {
        router.add(HttpMethod.GET, "/volumes", this::list)
                .add(HttpMethod.POST, "/volumes/create", this::create)
                .add(HttpMethod.POST, "/volumes/prune", this::prune)
                .add(HttpMethod.GET, "/volumes/{}", ex -> {
                    throw new NotFoundException("get " + ex.param(0) + ": no such volume");
                })
                .add(HttpMethod.DELETE, "/volumes/{}", ex -> {
                    throw new NotFoundException("remove " + ex.param(0) + ": no such volume");
                });
    }

    private void list(Exchange ex) {
        Filters.parse(ex.query("filters"), ex.json()).allow("volumes", KNOWN_FILTERS);
        ObjectNode reply = ex.json().createObjectNode();
        reply.putArray("Volumes");
        reply.putArray("Warnings");
        ex.reply().json(HttpResponseStatus.OK, reply);
    }

    private void create(Exchange ex) {
        JsonNode body = ex.body(CREATE);
        String name = JsonFields.string(body, "Name");
        if (name != null && !name.isEmpty() && !VALID_NAME.matcher(name).matches()) {
            throw new InvalidArgumentException("create " + name + ": invalid volume name: only "
                    + "[a-zA-Z0-9][a-zA-Z0-9_.-] are allowed, at least two characters");
        }
        String driver = JsonFields.string(body, "Driver");
        throw new InvalidArgumentException("no volume driver named "
                + (driver == null || driver.isEmpty() ? "local" : driver) + " is installed");
    }

    private void prune(Exchange ex) {
        Filters.parse(ex.query("filters"), ex.json()).allow("volumes prune", List.of("label", "label!", "all"));
        ObjectNode reply = ex.json().createObjectNode();
        reply.putArray("VolumesDeleted");
        ex.reply().json(HttpResponseStatus.OK, reply.put("SpaceReclaimed", 0));
    }
}
