package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.SystemPaths;
import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Domainname, MacAddress, links, masked and read-only paths, StdinOnce and ConsoleSize on create and in inspect. */
class CompatFieldsTest extends ApiTestBase {
    private static final String ALL = "{\"Image\":\"busybox\",\"Domainname\":\"example.org\",\"Tty\":true,"
            + "\"MacAddress\":\"02:42:AC:11:00:09\",\"OpenStdin\":true,\"StdinOnce\":true,\"HostConfig\":{"
            + "\"Links\":[\"/db:/web/database\",\"cache\"],\"MaskedPaths\":[\"/proc/keys\"],\"ReadonlyPaths\":[],"
            + "\"ConsoleSize\":[40,120],\"NetworkMode\":\"n1\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"n1\":{"
            + "\"Links\":[\"db:database\",\"queue:q\"]}}}}";

    @Test
    void theFieldsReachTheConfig() throws Exception {
        String r = call("POST", "/containers/create?name=web", ALL);
        assertEquals(201, status(r), r);
        ContainerConfig c = containers.created.get(0);
        assertEquals("example.org", c.domainname());
        assertEquals("02:42:ac:11:00:09", c.macAddress());
        assertEquals(List.of("/db:/web/database", "cache", "db:database", "queue:q"), c.links());
        assertEquals(List.of("/proc/keys"), c.maskedPaths());
        assertEquals(List.of(), c.readonlyPaths());
        assertTrue(c.stdinOnce());
        assertEquals(new ConsoleSize(40, 120), c.consoleSize());
    }

    @Test
    void inspectShowsThemAsDockerDoes() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\",\"Domainname\":\"example.org\","
                + "\"MacAddress\":\"02:42:ac:11:00:09\",\"HostConfig\":{\"NetworkMode\":\"n1\",\"ConsoleSize\":[4,9],"
                + "\"Links\":[\"db:database\"]}}");
        Container c = containers.inspect("web");
        containers.add(new Container(c.id(), c.name(), c.imageId(), c.config(), c.state(), c.created(), null, null, 0,
                null, false, null, "runc", "vfs", "/r", "/l", 0, List.of(new NetworkAttachment("n1", "eth0",
                "10.1.1.1", 24, "10.1.1.254", null, List.of()))));
        JsonNode inspect = body(call("GET", "/containers/web/json", null));
        JsonNode config = inspect.get("Config");
        assertEquals("example.org", config.get("Domainname").asText());
        assertEquals("02:42:ac:11:00:09", config.get("MacAddress").asText());
        assertTrue(!config.get("StdinOnce").asBoolean());
        JsonNode host = inspect.get("HostConfig");
        assertEquals("[\"/db:/web/database\"]", host.get("Links").toString());
        assertEquals(SystemPaths.MASKED.size(), host.get("MaskedPaths").size());
        assertEquals("/proc/sys", host.get("ReadonlyPaths").get(3).asText());
        assertEquals("[4,9]", host.get("ConsoleSize").toString());
        JsonNode endpoint = inspect.get("NetworkSettings").get("Networks").get("n1");
        assertEquals("[\"db:database\"]", endpoint.get("Links").toString());
        assertEquals("02:42:ac:11:00:09", endpoint.get("MacAddress").asText());
    }

    @Test
    void systemPathsUnconfinedAndTheShownDefaults() throws Exception {
        call("POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{\"SecurityOpt\":["
                + "\"systempaths=unconfined\"]}}");
        assertEquals(List.of(), containers.created.get(0).maskedPaths());
        assertEquals(List.of(), containers.created.get(0).readonlyPaths());
        call("POST", "/containers/create?name=free", "{\"Image\":\"busybox\",\"HostConfig\":{\"Privileged\":true,"
                + "\"MaskedPaths\":" + json.writeValueAsString(SystemPaths.MASKED) + "}}");
        assertNull(containers.created.get(1).maskedPaths(), "the defaults as inspect shows them are the defaults");
        JsonNode host = body(call("GET", "/containers/free/json", null)).get("HostConfig");
        assertTrue(host.get("MaskedPaths").isNull() && host.get("ReadonlyPaths").isNull(), host.toString());
    }

    @Test
    void badValuesAreA400NamingTheField() throws Exception {
        assertEquals("invalid MacAddress (--mac-address) 02:42:zz:11:00:09: not a MAC address, expected six hex"
                + " pairs such as 02:42:ac:11:00:02", refused(400, "POST", "/containers/create",
                "{\"Image\":\"busybox\",\"MacAddress\":\"02:42:zz:11:00:09\"}"));
        assertTrue(refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"NetworkingConfig\":{"
                + "\"EndpointsConfig\":{\"n1\":{\"MacAddress\":\"02:42\"}}}}")
                .startsWith("invalid NetworkingConfig.EndpointsConfig.MacAddress 02:42:"));
        assertEquals("invalid HostConfig.ConsoleSize [40]: expected [height, width], each 0 to 65535",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{"
                        + "\"ConsoleSize\":[40]}}"));
        assertEquals("invalid HostConfig.MaskedPaths proc/kcore: each path is absolute", refused(400, "POST",
                "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{\"MaskedPaths\":[\"proc/kcore\"]}}"));
        assertTrue(refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{"
                + "\"Links\":\"db\"}}").contains("HostConfig.Links"));
        assertTrue(containers.created.isEmpty());
    }
}
