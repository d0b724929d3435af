package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;

/**
 * Network endpoints as an engine with no network driver installed answers them: the built-in "none" and
 * "host" networks can be listed and inspected, and nothing can be created, connected or removed.
 */
final class NetworkRoutes {
    private static final List<String> KNOWN_FILTERS = List.of("driver", "id", "label", "name", "scope", "type",
            "dangling");

    private final Services services;

    NetworkRoutes(Services services) {
        this.services = services;
    }

    void register(Router router) {
        router.add(HttpMethod.GET, "/networks", this::list)
                .add(HttpMethod.POST, "/networks/create", this::create)
                .add(HttpMethod.POST, "/networks/prune", this::prune)
                .add(HttpMethod.GET, "/networks/{}", this::inspect)
                .add(HttpMethod.DELETE, "/networks/{}", this::remove)
                .add(HttpMethod.POST, "/networks/{}/connect", ex -> connect(ex, "connected to"))
                .add(HttpMethod.POST, "/networks/{}/disconnect", ex -> connect(ex, "disconnected from"));
    }

    private void list(Exchange ex) {
        Filters filters = Filters.parse(ex.query("filters"), ex.json()).allow("networks", KNOWN_FILTERS);
        ArrayNode out = ex.json().createArrayNode();
        BuiltinNetworks.ALL.stream()
                .filter(n -> filters.any("name", name -> n.name().contains(name))
                        && filters.any("id", id -> n.id().startsWith(id))
                        && filters.any("driver", n.driver()::equals) && filters.any("scope", "local"::equals)
                        && filters.any("type", "builtin"::equals) && filters.get("label").isEmpty())
                .forEach(n -> out.add(BuiltinNetworks.toJson(n, ex.json())));
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    private void inspect(Exchange ex) {
        ex.reply().json(HttpResponseStatus.OK, BuiltinNetworks.toJson(BuiltinNetworks.find(ex.param(0)), ex.json()));
    }

    private void create(Exchange ex) {
        JsonNode body = ex.body(BodySchemas.NETWORK_CREATE);
        String name = JsonFields.string(body, "Name");
        if (name == null || name.isBlank()) {
            throw new InvalidArgumentException("no network name given: the Name field is required");
        }
        if (BuiltinNetworks.ALL.stream().anyMatch(n -> n.name().equals(name))) {
            throw new ConflictException("network with name " + name + " already exists");
        }
        String driver = JsonFields.string(body, "Driver");
        throw new InvalidArgumentException("no network driver named "
                + (driver == null || driver.isEmpty() ? "bridge" : driver) + " is installed");
    }

    private void remove(Exchange ex) {
        BuiltinNetworks.Network network = BuiltinNetworks.find(ex.param(0));
        ex.reply().error(HttpResponseStatus.FORBIDDEN,
                network.name() + " is a pre-defined network and cannot be removed");
    }

    private void prune(Exchange ex) {
        Filters.parse(ex.query("filters"), ex.json()).allow("networks prune", List.of("label", "label!", "until"));
        ex.reply().json(HttpResponseStatus.OK, Map.of("NetworksDeleted", List.of()));
    }

    private void connect(Exchange ex, String verb) {
        BuiltinNetworks.Network network = BuiltinNetworks.find(ex.param(0));
        JsonNode body = ex.body(BodySchemas.NETWORK_CONNECT);
        String container = JsonFields.string(body, "Container");
        if (container == null || container.isBlank()) {
            throw new InvalidArgumentException("no container given: the Container field is required");
        }
        services.containers().inspect(container);
        throw new InvalidArgumentException("container cannot be " + verb + " the " + network.name()
                + " network: its network mode is chosen when the container is created");
    }
}
