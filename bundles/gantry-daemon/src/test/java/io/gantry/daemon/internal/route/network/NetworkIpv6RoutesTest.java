package io.gantry.daemon.internal.route.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkInfo;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dual-stack networks through the API: every field of a create reaches the service and inspect shows it. */
class NetworkIpv6RoutesTest extends ApiTestBase {
    private static final String DUAL_STACK = "{\"Name\":\"dual net\",\"EnableIPv6\":true,\"Attachable\":true,"
            + "\"Options\":{\"com.docker.network.driver.mtu\":\"1400\"},\"IPAM\":{\"Driver\":\"default\",\"Config\":["
            + "{\"Subnet\":\"fd67:1::/64\",\"IPRange\":\"fd67:1::100/120\",\"Gateway\":\"fd67:1::ffff\","
            + "\"AuxiliaryAddresses\":{\"b\":\"fd67:1::5\",\"a\":\"fd67:1::4\"}},{\"Subnet\":\"10.233.0.0/24\"}],"
            + "\"Options\":{}}}";

    @Test
    void aDualStackCreateHandsEveryFieldToTheServiceAndInspectShowsThem() throws Exception {
        String r = call("POST", "/networks/create", DUAL_STACK);
        assertEquals(201, status(r), r);
        NetworkInfo created = networks.byName.get("dual net");
        assertEquals(List.of(new IpamPool("fd67:1::/64", "fd67:1::100/120", "fd67:1::ffff",
                Map.of("a", "fd67:1::4", "b", "fd67:1::5")), IpamPool.of("10.233.0.0/24")), created.pools());
        assertTrue(created.enableIpv6() && created.attachable() && !created.internal(), created.toString());
        assertEquals(Map.of("com.docker.network.driver.mtu", "1400"), created.options());

        JsonNode inspect = body(call("GET", "/networks/dual%20net", null));
        assertEquals("[{\"Subnet\":\"10.233.0.0/24\"},{\"Subnet\":\"fd67:1::/64\",\"IPRange\":\"fd67:1::100/120\","
                + "\"Gateway\":\"fd67:1::ffff\",\"AuxiliaryAddresses\":{\"a\":\"fd67:1::4\",\"b\":\"fd67:1::5\"}}]",
                inspect.get("IPAM").get("Config").toString());
        assertTrue(inspect.get("EnableIPv6").asBoolean());
        assertTrue(inspect.get("Attachable").asBoolean());
        assertEquals("{\"com.docker.network.driver.mtu\":\"1400\"}", inspect.get("Options").toString());
    }

    @Test
    void theEndpointsOfADualStackNetworkShowBothAddresses() throws Exception {
        Container web = containers.create(ContainerConfig.builder("busybox").name("web").networkMode("dual").build());
        containers.add(new Container(web.id(), web.name(), web.imageId(), web.config(), web.state(), web.created(),
                null, null, 0, null, false, null, "runc", "vfs", "/r", "/l", 0, List.of(new NetworkAttachment("dual",
                "eth0", "10.233.0.2", 24, "10.233.0.1", "fd67:1::2", 64, "fd67:1::1", "02:42:0a:e9:00:02", null))));
        networks.add("dual", "bridge", "10.233.0.0/24", "10.233.0.1", java.util.Set.of(web.id()));

        JsonNode endpoint = body(call("GET", "/networks/dual", null)).get("Containers").get(web.id());
        assertEquals("10.233.0.2/24", endpoint.get("IPv4Address").asText());
        assertEquals("fd67:1::2/64", endpoint.get("IPv6Address").asText());
    }

    @Test
    void badIpamIsRefusedWithAMessageAndNothingIsCreated() throws Exception {
        Map<String, String> refusals = Map.of(
                "{\"Name\":\"n\",\"IPAM\":{\"Driver\":\"infoblox\"}}",
                "IPAM driver infoblox is not supported: only the default one is",
                "{\"Name\":\"n\",\"IPAM\":{\"Options\":{\"k\":\"v\"}}}", "IPAM options are not supported yet: got {k=v}",
                "{\"Name\":\"n\",\"IPAM\":{\"Config\":{\"Subnet\":\"10.0.0.0/24\"}}}",
                "field IPAM.Config: expected an array, got an object",
                "{\"Name\":\"n\",\"IPAM\":{\"Config\":[\"10.0.0.0/24\"]}}", "invalid IPAM.Config: each pool is an object",
                "{\"Name\":\"  \"}", "invalid name: name is empty");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            assertEquals(refusal.getValue(), refused(400, "POST", "/networks/create", refusal.getKey()));
        }
        assertTrue(networks.calls.isEmpty(), networks.calls.toString());
    }

    @Test
    void aConnectsIpamConfigMacAddressAndLinksAreAppliedAndWhatGantryCannotApplyIsRefused() throws Exception {
        networks.add("front", "10.9.0.0/24");
        assertEquals(200, status(call("POST", "/networks/front/connect", "{\"Container\":\"web\",\"EndpointConfig\":"
                + "{\"Aliases\":[\"www\"],\"IPAMConfig\":{\"IPv4Address\":\"10.9.0.5\",\"IPv6Address\":\"fd67:9::5\"}}}")));
        assertEquals(List.of("connect front web [www] 10.9.0.5 fd67:9::5"), networks.calls);
        assertEquals(new EndpointConfig(List.of("www"), "10.9.0.5", "fd67:9::5"), networks.endpointConfig("web",
                "front"));
        assertEquals(200, status(call("POST", "/networks/front/connect", "{\"Container\":\"api\",\"EndpointConfig\":"
                + "{\"MacAddress\":\"02-42-AC-11-00-09\",\"Links\":[\"db:database\"]}}")));
        assertEquals(new EndpointConfig(List.of(), null, null, "02:42:ac:11:00:09", List.of("db:database")),
                networks.endpointConfig("api", "front"));
        assertEquals("invalid EndpointConfig.MacAddress 02:42: not a MAC address, expected six hex pairs such as "
                + "02:42:ac:11:00:02", refused(400, "POST", "/networks/front/connect", "{\"Container\":\"x\","
                + "\"EndpointConfig\":{\"MacAddress\":\"02:42\"}}"));
        assertEquals("EndpointConfig.IPAMConfig.LinkLocalIPs (--link-local-ip) is not supported yet: got "
                + "[\"169.254.1.1\"]", refused(400, "POST", "/networks/front/connect", "{\"Container\":\"x\","
                + "\"EndpointConfig\":{\"IPAMConfig\":{\"LinkLocalIPs\":[\"169.254.1.1\"]}}}"));
        assertEquals("EndpointConfig.DriverOpts (--driver-opt) is not supported yet: got {\"k\":\"v\"}", refused(400,
                "POST", "/networks/front/connect", "{\"Container\":\"x\",\"EndpointConfig\":{\"DriverOpts\":{\"k\":\"v\"}}}"));
        assertEquals(2, networks.calls.size(), networks.calls.toString());
    }
}
