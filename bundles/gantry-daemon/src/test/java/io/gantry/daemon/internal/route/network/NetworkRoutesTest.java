package io.gantry.daemon.internal.route.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkInfo;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Networks over the engine's network service. */
class NetworkRoutesTest extends ApiTestBase {
    @Test
    void listsAndInspectsNetworksInDockersShape() throws Exception {
        JsonNode list = body(call("GET", "/networks", null));
        assertEquals(3, list.size());
        JsonNode bridge = body(call("GET", "/networks/bridge", null));
        assertEquals("bridge", bridge.get("Driver").asText());
        assertEquals("local", bridge.get("Scope").asText());
        assertEquals("172.17.0.0/16", bridge.get("IPAM").get("Config").get(0).get("Subnet").asText());
        assertEquals("172.17.0.1", bridge.get("IPAM").get("Config").get(0).get("Gateway").asText());
        JsonNode none = body(call("GET", "/networks/none", null));
        assertTrue(none.get("IPAM").get("Config").isArray() && none.get("Containers").isObject()
                && none.get("Options").isObject() && none.get("Labels").isObject(), none.toString());
        String hostId = networks.byName.get("host").id();
        assertEquals("host", body(call("GET", "/networks/" + hostId.substring(0, 12), null)).get("Name").asText());
        assertEquals(1, body(call("GET", "/networks?filters=%7B%22name%22%3A%5B%22host%22%5D%7D", null)).size());
        assertEquals(0, body(call("GET", "/networks?filters=%7B%22type%22%3A%5B%22custom%22%5D%7D", null)).size());
        assertEquals("network x not found", refused(404, "GET", "/networks/x", null));
        assertTrue(refused(400, "GET", "/networks?filters=%7Bbroken", null).startsWith("invalid filters"));
    }

    @Test
    void containersShowWithTheirEndpointAddresses() throws Exception {
        Container web = containers.create(ContainerConfig.builder("busybox").name("web").networkMode("bridge").build());
        containers.add(withNetworks(web, new NetworkAttachment("bridge", "eth0", "172.17.0.5", 16,
                "172.17.0.1", "02:42:ac:11:00:05", List.of())));
        networks.add("front", "bridge", "10.9.0.0/24", null, Set.of(web.id()));
        JsonNode endpoint = body(call("GET", "/networks/front", null)).get("Containers").get(web.id());
        assertEquals("web", endpoint.get("Name").asText());
        assertEquals("", endpoint.get("IPv4Address").asText(), "web has no address on front");
        networks.add("back", "bridge", null, null, Set.of(web.id()));
        containers.add(withNetworks(web, new NetworkAttachment("back", "eth0", "10.8.0.2", 24,
                "10.8.0.1", "02:42:0a:08:00:02", List.of())));
        endpoint = body(call("GET", "/networks/back", null)).get("Containers").get(web.id());
        assertEquals("10.8.0.2/24", endpoint.get("IPv4Address").asText());
        assertEquals("02:42:0a:08:00:02", endpoint.get("MacAddress").asText());
    }

    @Test
    void createsRemovesAndPrunesUserNetworks() throws Exception {
        String r = call("POST", "/networks/create", "{\"Name\":\"gt-net\",\"Internal\":true,\"Labels\":{\"a\":\"b\"},"
                + "\"IPAM\":{\"Config\":[{\"Subnet\":\"10.90.0.0/24\",\"Gateway\":\"10.90.0.254\"}]}}");
        assertEquals(201, status(r), r);
        NetworkInfo created = networks.byName.get("gt-net");
        assertEquals(created.id(), body(r).get("Id").asText());
        assertEquals("", body(r).get("Warning").asText());
        assertEquals("10.90.0.0/24", created.subnet());
        assertEquals("10.90.0.254", created.gateway());
        assertTrue(created.internal());
        assertEquals(Map.of("a", "b"), created.labels());
        assertEquals(1, body(call("GET", "/networks?filters=%7B%22label%22%3A%5B%22a%3Db%22%5D%7D", null)).size());
        assertEquals(204, status(call("DELETE", "/networks/gt-net", null)));
        assertFalse(networks.byName.containsKey("gt-net"));
        call("POST", "/networks/create", "{\"Name\":\"spare\"}");
        assertEquals("{\"NetworksDeleted\":[\"spare\"]}", body(call("POST", "/networks/prune", null)).toString());
    }

    @Test
    void refusesBadNetworkRequests() throws Exception {
        assertEquals("invalid name: name is empty",
                refused(400, "POST", "/networks/create", "{\"Driver\":\"bridge\"}"));
        assertEquals("no network driver named macvlan is installed",
                refused(404, "POST", "/networks/create", "{\"Name\":\"web\",\"Driver\":\"macvlan\"}"));
        assertEquals("invalid request body: expected a JSON object, got array",
                refused(400, "POST", "/networks/create", "[]"));
        assertEquals("network with name host already exists", refused(409, "POST", "/networks/create",
                "{\"Name\":\"host\"}"));
        assertEquals("none is a pre-defined network and cannot be removed",
                refused(403, "DELETE", "/networks/none", null));
        assertEquals("network x not found", refused(404, "DELETE", "/networks/x", null));
        networks.add("busy", "bridge", null, null, Set.of("c1"));
        assertTrue(refused(409, "DELETE", "/networks/busy", null).startsWith("network busy is in use"));
        assertEquals("network x not found", refused(404, "POST", "/networks/x/connect", "{\"Container\":\"web\"}"));
        assertEquals("no container given: the Container field is required",
                refused(400, "POST", "/networks/bridge/connect", "{}"));
        assertTrue(networks.calls.isEmpty(), networks.calls.toString());
    }

    @Test
    void connectsAndDisconnectsContainers() throws Exception {
        assertEquals(200, status(call("POST", "/networks/bridge/connect",
                "{\"Container\":\"web\",\"EndpointConfig\":{\"Aliases\":[\"www\"]}}")));
        assertEquals(200, status(call("POST", "/networks/bridge/disconnect", "{\"Container\":\"web\",\"Force\":true}")));
        assertEquals(List.of("connect bridge web [www]", "disconnect bridge web true"), networks.calls);
    }

    private static Container withNetworks(Container c, NetworkAttachment... attachments) {
        return new Container(c.id(), c.name(), c.imageId(), c.config(), c.state(), c.created(), c.startedAt(),
                c.finishedAt(), c.pid(), c.exitCode(), c.oomKilled(), c.error(), c.runtime(), c.storageDriver(),
                c.rootfs(), c.logPath(), c.restartCount(), List.of(attachments));
    }
}
