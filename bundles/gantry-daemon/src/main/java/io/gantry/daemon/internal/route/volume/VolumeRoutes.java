package io.gantry.daemon.internal.route.volume;

import static io.gantry.daemon.internal.json.JsonKind.STRING;
import static io.gantry.daemon.internal.json.JsonKind.STRING_MAP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.NotFoundException;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeFilter;
import io.gantry.api.volume.VolumePrune;
import io.gantry.api.volume.VolumeService;
import io.gantry.api.volume.VolumeSpec;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.Filters;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;

/** The /volumes endpoints over the engine's {@link VolumeService}. */
public final class VolumeRoutes {
    private static final BodySchema CREATE = new BodySchema().with(STRING, "Name", "Driver")
            .with(STRING_MAP, "DriverOpts", "Labels");

    private final VolumeService volumes;
    private final VolumeJson shapes;

    public VolumeRoutes(VolumeService volumes, VolumeJson shapes) {
        this.volumes = volumes;
        this.shapes = shapes;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/volumes", this::list)
                .add(HttpMethod.POST, "/volumes/create", this::create)
                .add(HttpMethod.POST, "/volumes/prune", this::prune)
                .add(HttpMethod.GET, "/volumes/{}", this::inspect)
                .add(HttpMethod.DELETE, "/volumes/{}", this::remove);
    }

    private void list(Exchange ex) {
        VolumeFilter filter = VolumeFilter.of(filters(ex), VolumeFilter.LIST, v -> volumes.users(v.name()).isEmpty());
        ObjectNode reply = ex.json().createObjectNode();
        reply.putArray("Volumes").addAll(volumes.list().stream().filter(filter).map(shapes::of).toList());
        reply.putNull("Warnings");
        ex.reply().json(HttpResponseStatus.OK, reply);
    }

    /** An empty or missing Name gets a generated one; an empty Driver is the default. */
    private void create(Exchange ex) {
        JsonNode body = ex.body(CREATE);
        String name = JsonFields.string(body, "Name");
        String driver = JsonFields.string(body, "Driver");
        Volume created = volumes.create(driver == null || driver.isEmpty() ? null : driver,
                new VolumeSpec(name == null || name.isEmpty() ? null : name, JsonFields.stringMap(body, "Labels"),
                        JsonFields.stringMap(body, "DriverOpts")));
        ex.reply().json(HttpResponseStatus.CREATED, shapes.of(created));
    }

    private void inspect(Exchange ex) {
        ex.reply().json(HttpResponseStatus.OK, shapes.of(volumes.inspect(ex.param(0))));
    }

    /** force also removes a volume that only stopped containers use, and passes over one that is gone, as dockerd. */
    private void remove(Exchange ex) {
        boolean force = ex.flag("force", false);
        try {
            volumes.remove(ex.param(0), force);
        } catch (NotFoundException e) {
            if (!force) {
                throw e;
            }
        }
        ex.reply().empty(HttpResponseStatus.NO_CONTENT);
    }

    /** No all filter prunes every unused volume, as API 1.41 does; all=false keeps the named ones, as 1.42 asks. */
    private void prune(Exchange ex) {
        VolumePrune pruned = volumes.prune(VolumeFilter.of(filters(ex), VolumeFilter.PRUNE));
        ObjectNode reply = ex.json().createObjectNode();
        reply.set("VolumesDeleted", ex.json().valueToTree(pruned.deleted()));
        ex.reply().json(HttpResponseStatus.OK, reply.put("SpaceReclaimed", pruned.reclaimedBytes()));
    }

    /** The filters query parameter, key to values. */
    private static Map<String, List<String>> filters(Exchange ex) {
        return Filters.parse(ex.query("filters"), ex.json()).asMap();
    }
}
