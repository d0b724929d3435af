package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.Container;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --ip6 on create, and the IPv6 fields of a container's NetworkSettings per network. */
class Ipv6SettingsTest extends ApiTestBase {
    private static final String CREATE = "{\"Image\":\"busybox\",\"HostConfig\":{\"NetworkMode\":\"dual\"},"
            + "\"NetworkingConfig\":{\"EndpointsConfig\":{\"dual\":{\"IPAMConfig\":{\"IPv4Address\":\"10.233.0.9\","
            + "\"IPv6Address\":\"fd67:1::9\"}}}}}";

    @Test
    void createReadsIpv6AddressAndInspectShowsItWithTheAddressesInEffect() throws Exception {
        assertEquals(201, status(call("POST", "/containers/create?name=web", CREATE)));
        assertEquals("fd67:1::9", containers.created.get(0).ipv6Address());
        assertEquals("10.233.0.9", containers.created.get(0).ipv4Address());
        Container web = containers.inspect("web");
        containers.add(new Container(web.id(), web.name(), web.imageId(), web.config(), web.state(), web.created(),
                null, null, 0, null, false, null, "runc", "vfs", "/r", "/l", 0, List.of(
                        new NetworkAttachment("dual", "eth0", "10.233.0.9", 24, "10.233.0.1", "fd67:1::9", 64,
                                "fd67:1::1", "02:42:0a:e9:00:09", null),
                        new NetworkAttachment("back", "eth1", "10.234.0.2", 24, "10.234.0.1", "fd67:2::2", 64,
                                "fd67:2::1", "02:42:0a:ea:00:02", null))));
        networks.endpoints.put(web.id() + "/back", new EndpointConfig(List.of("api"), null, "fd67:2::2"));

        JsonNode settings = body(call("GET", "/containers/web/json", null)).get("NetworkSettings");
        JsonNode dual = settings.get("Networks").get("dual");
        assertEquals("{\"IPv4Address\":\"10.233.0.9\",\"IPv6Address\":\"fd67:1::9\"}", dual.get("IPAMConfig").toString());
        assertEquals(List.of("fd67:1::9", "64", "fd67:1::1"), List.of(dual.get("GlobalIPv6Address").asText(),
                dual.get("GlobalIPv6PrefixLen").asText(), dual.get("IPv6Gateway").asText()));
        JsonNode back = settings.get("Networks").get("back");
        assertEquals("{\"IPv6Address\":\"fd67:2::2\"}", back.get("IPAMConfig").toString());
        assertEquals("[\"" + web.shortId() + "\",\"api\"]", back.get("Aliases").toString());
        assertEquals("fd67:2::2", back.get("GlobalIPv6Address").asText());
        assertEquals("fd67:1::9", settings.get("GlobalIPv6Address").asText(), "the first network's, at the top");
        assertEquals("fd67:1::1", settings.get("IPv6Gateway").asText());
    }

    @Test
    void twoEndpointsAskingForDifferentIpv6AddressesAreRefused() throws Exception {
        assertEquals("conflicting IPv6 addresses fd67:1::9 and fd67:1::8: a container is created on one network",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"NetworkingConfig\":{"
                        + "\"EndpointsConfig\":{\"a\":{\"IPAMConfig\":{\"IPv6Address\":\"fd67:1::9\"}},"
                        + "\"b\":{\"IPAMConfig\":{\"IPv6Address\":\"fd67:1::8\"}}}}}"));
    }
}
