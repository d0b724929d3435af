package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.PortBinding;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PortBindings, NetworkMode and aliases on create, and published ports and endpoints in inspect and list. */
class PublishedPortsTest extends ApiTestBase {
    private static final String CREATE = "{\"Image\":\"busybox\",\"ExposedPorts\":{\"80/tcp\":{}},"
            + "\"HostConfig\":{\"NetworkMode\":\"gt-net\",\"PortBindings\":{\"80/tcp\":[{\"HostIp\":\"127.0.0.1\","
            + "\"HostPort\":\"18080\"},{\"HostIp\":\"\",\"HostPort\":\"\"}],\"53/udp\":[{\"HostPort\":\"5353\"}],"
            + "\"81/tcp\":null}},\"NetworkingConfig\":{\"EndpointsConfig\":{\"gt-net\":{\"Aliases\":[\"www\"]}}}}";

    @Test
    void createReadsPortBindingsNetworkAndAliases() throws Exception {
        assertEquals(201, status(call("POST", "/containers/create?name=web", CREATE)));
        ContainerConfig config = containers.created.get(0);
        assertEquals(List.of(new PortBinding("127.0.0.1", 18080, 80, "tcp"), new PortBinding("", 0, 80, "tcp"),
                new PortBinding("", 5353, 53, "udp")), config.ports());
        assertEquals("gt-net", config.networkMode());
        assertEquals(List.of("www"), config.networkAliases());
        call("POST", "/containers/create?name=b", "{\"Image\":\"busybox\",\"HostConfig\":{\"NetworkMode\":\"bridge\"}}");
        assertEquals("bridge", containers.created.get(1).networkMode());
    }

    @Test
    void refusesBadPortBindingsAndCreatesNothing() throws Exception {
        assertEquals("invalid port '0/tcp': the container port must be a number from 1 to 65535", refused(400, "POST",
                "/containers/create", bindings("{\"0/tcp\":[{\"HostPort\":\"1\"}]}")));
        assertEquals("invalid port '70000': the host port must be a number from 0 to 65535", refused(400, "POST",
                "/containers/create", bindings("{\"80/tcp\":[{\"HostPort\":\"70000\"}]}")));
        assertEquals("invalid port 'x': the host port must be a number from 0 to 65535", refused(400, "POST",
                "/containers/create", bindings("{\"80/tcp\":[{\"HostPort\":\"x\"}]}")));
        assertEquals("invalid port '80/sctp': the protocol must be tcp or udp", refused(400, "POST",
                "/containers/create", bindings("{\"80/sctp\":[{\"HostPort\":\"1\"}]}")));
        assertEquals("invalid PortBindings for 80/tcp: not an array", refused(400, "POST",
                "/containers/create", bindings("{\"80/tcp\":\"8080\"}")));
        assertTrue(containers.created.isEmpty(), containers.created.toString());
    }

    @Test
    void hostPortZeroAsksForAFreePortAsAnEmptyOneDoes() throws Exception {
        assertEquals(201, status(call("POST", "/containers/create", bindings("{\"80/tcp\":[{\"HostPort\":\"0\"},"
                + "{\"HostPort\":\"\"}]}"))));
        assertEquals(List.of(new PortBinding("", 0, 80, "tcp"), new PortBinding("", 0, 80, "tcp")),
                containers.created.get(0).ports());
    }

    @Test
    void inspectAndListShowTheBoundPortsAndEndpoints() throws Exception {
        call("POST", "/containers/create?name=web", CREATE);
        Container web = containers.inspect("web");
        containers.add(new Container(web.id(), web.name(), web.imageId(), web.config(), web.state(),
                web.created(), null, null, 0, null, false, null, "runc", "vfs", "/r", "/l", 0,
                List.of(new NetworkAttachment("gt-net", "eth0", "10.90.0.2", 24, "10.90.0.1", "02:42:0a:5a:00:02",
                        List.of(new PortBinding("127.0.0.1", 18080, 80, "tcp"), new PortBinding("", 32768, 80, "tcp"))))));
        networks.add("gt-net", "bridge", "10.90.0.0/24", "10.90.0.1", java.util.Set.of(web.id()));
        JsonNode c = body(call("GET", "/containers/web/json", null));
        JsonNode settings = c.get("NetworkSettings");
        assertEquals("[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"18080\"},{\"HostIp\":\"0.0.0.0\",\"HostPort\":\"32768\"}]",
                settings.get("Ports").get("80/tcp").toString());
        assertTrue(settings.get("Ports").get("53/udp").isNull(), settings.toString());
        JsonNode endpoint = settings.get("Networks").get("gt-net");
        assertEquals("10.90.0.2", endpoint.get("IPAddress").asText());
        assertEquals("10.90.0.1", endpoint.get("Gateway").asText());
        assertEquals(24, endpoint.get("IPPrefixLen").asInt());
        assertEquals("02:42:0a:5a:00:02", endpoint.get("MacAddress").asText());
        assertEquals(networks.byName.get("gt-net").id(), endpoint.get("NetworkID").asText());
        assertEquals("[\"" + web.shortId() + "\",\"www\"]", endpoint.get("Aliases").toString());
        assertEquals("10.90.0.2", settings.get("IPAddress").asText());
        assertEquals("18080", c.get("HostConfig").get("PortBindings").get("80/tcp").get(0).get("HostPort").asText());
        assertTrue(c.get("Config").get("ExposedPorts").has("53/udp"), c.get("Config").toString());
        JsonNode listed = body(call("GET", "/containers/json?all=1", null)).get(0);
        assertEquals("{\"IP\":\"127.0.0.1\",\"PrivatePort\":80,\"PublicPort\":18080,\"Type\":\"tcp\"}",
                listed.get("Ports").get(0).toString());
        assertEquals(2, listed.get("Ports").size());
        assertTrue(listed.get("NetworkSettings").get("Networks").has("gt-net"), listed.toString());
    }

    @Test
    void publishAllAndExposedPortsGoToTheEngineAndInspectShowsExposedOnlyPortsAsNull() throws Exception {
        assertEquals(201, status(call("POST", "/containers/create?name=all", "{\"Image\":\"busybox\","
                + "\"ExposedPorts\":{\"8080\":{},\"53/udp\":{}},\"HostConfig\":{\"PublishAllPorts\":true}}")));
        ContainerConfig config = containers.created.get(0);
        assertEquals(List.of("8080/tcp", "53/udp"), config.exposedPorts());
        assertTrue(config.publishAllPorts());
        assertEquals(List.of(), config.ports(), "the engine picks the ports to publish");

        JsonNode c = body(call("GET", "/containers/all/json", null));
        assertTrue(c.get("HostConfig").get("PublishAllPorts").asBoolean());
        assertEquals("{\"8080/tcp\":{},\"53/udp\":{}}", c.get("Config").get("ExposedPorts").toString());
        assertEquals("{\"8080/tcp\":null,\"53/udp\":null}", c.get("NetworkSettings").get("Ports").toString());
        assertEquals("invalid port 'x/tcp': the container port must be a number from 1 to 65535", refused(400, "POST",
                "/containers/create", "{\"Image\":\"busybox\",\"ExposedPorts\":{\"x/tcp\":{}}}"));
    }

    private static String bindings(String portBindings) {
        return "{\"Image\":\"busybox\",\"HostConfig\":{\"PortBindings\":" + portBindings + "}}";
    }
}
