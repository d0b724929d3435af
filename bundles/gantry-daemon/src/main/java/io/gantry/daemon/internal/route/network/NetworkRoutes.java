package io.gantry.daemon.internal.route.network;

import static io.gantry.daemon.internal.json.JsonKind.BOOLEAN;
import static io.gantry.daemon.internal.json.JsonKind.OBJECT;
import static io.gantry.daemon.internal.json.JsonKind.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.Filters;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;

/** The /networks endpoints over the engine's {@link NetworkService}. */
public final class NetworkRoutes {
    private static final BodySchema CONNECT = new BodySchema().with(STRING, "Container").with(OBJECT, "EndpointConfig")
            .with(BOOLEAN, "Force");
    private static final List<String> KNOWN_FILTERS = List.of("driver", "id", "label", "name", "scope", "type",
            "dangling");
    private static final List<String> PREDEFINED = List.of("bridge", "host", "none");

    private final NetworkService networks;
    private final NetworkJson shapes;

    public NetworkRoutes(NetworkService networks, ContainerLifecycle containers, ObjectMapper json) {
        this.networks = networks;
        this.shapes = new NetworkJson(json, containers);
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/networks", this::list)
                .add(HttpMethod.POST, "/networks/create", this::create)
                .add(HttpMethod.POST, "/networks/prune", this::prune)
                .add(HttpMethod.GET, "/networks/{}", this::inspect)
                .add(HttpMethod.DELETE, "/networks/{}", this::remove)
                .add(HttpMethod.POST, "/networks/{}/connect", this::connect)
                .add(HttpMethod.POST, "/networks/{}/disconnect", this::disconnect);
    }

    private void list(Exchange ex) {
        Filters filters = Filters.parse(ex.query("filters"), ex.json()).allow("networks", KNOWN_FILTERS);
        ArrayNode out = ex.json().createArrayNode();
        networks.listNetworks().stream()
                .filter(n -> filters.any("name", name -> n.name().contains(name))
                        && filters.any("id", id -> n.id().startsWith(id))
                        && filters.any("driver", n.driver()::equals) && filters.any("scope", "local"::equals)
                        && filters.any("type", type -> type.equals(isPredefined(n) ? "builtin" : "custom"))
                        && filters.any("label", label -> hasLabel(n, label))
                        && filters.any("dangling", d -> d.equals(String.valueOf(n.containers().isEmpty()))))
                .forEach(n -> out.add(shapes.of(n)));
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    private void inspect(Exchange ex) {
        ex.reply().json(HttpResponseStatus.OK, shapes.of(networks.inspectNetwork(ex.param(0))));
    }

    private void create(Exchange ex) {
        JsonNode body = ex.body(NetworkCreateBody.SCHEMA);
        NetworkSpec spec = NetworkCreateBody.read(body);
        NetworkInfo created = networks.createNetwork(emptyToNull(JsonFields.string(body, "Driver")), spec);
        ex.reply().json(HttpResponseStatus.CREATED, Map.of("Id", created.id(), "Warning", ""));
    }

    private void remove(Exchange ex) {
        try {
            networks.removeNetwork(ex.param(0));
            ex.reply().empty(HttpResponseStatus.NO_CONTENT);
        } catch (FailedPreconditionException e) {
            ex.reply().error(HttpResponseStatus.FORBIDDEN, e.getMessage());
        }
    }

    private void prune(Exchange ex) {
        Filters.parse(ex.query("filters"), ex.json()).allow("networks prune", List.of("label", "label!", "until"));
        ex.reply().json(HttpResponseStatus.OK, Map.of("NetworksDeleted", networks.pruneNetworks()));
    }

    private void connect(Exchange ex) {
        JsonNode body = ex.body(CONNECT);
        JsonNode endpoint = JsonFields.object(body, "EndpointConfig");
        EndpointSettingsBody.refuseUnsupported(endpoint);
        networks.connect(ex.param(0), container(body), EndpointSettingsBody.readConnect(endpoint));
        ex.reply().empty(HttpResponseStatus.OK);
    }

    private void disconnect(Exchange ex) {
        JsonNode body = ex.body(CONNECT);
        networks.disconnect(ex.param(0), container(body), JsonFields.bool(body, "Force"));
        ex.reply().empty(HttpResponseStatus.OK);
    }

    private static String container(JsonNode body) {
        String container = JsonFields.string(body, "Container");
        if (container == null || container.isBlank()) {
            throw new InvalidArgumentException("no container given: the Container field is required");
        }
        return container;
    }

    private static boolean isPredefined(NetworkInfo n) {
        return PREDEFINED.contains(n.name());
    }

    private static boolean hasLabel(NetworkInfo n, String label) {
        String[] keyValue = label.split("=", 2);
        String value = n.labels().get(keyValue[0]);
        return value != null && (keyValue.length == 1 || value.equals(keyValue[1]));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
