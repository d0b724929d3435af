package io.gantry.net.cni.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.InvalidArgumentException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkConfigListTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFLIST = """
            {"cniVersion": "1.0.0", "name": "blue", "plugins": [
              {"type": "bridge", "bridge": "cni0", "ipam": {"type": "host-local",
                "ranges": [[{"subnet": "10.22.0.0/24", "gateway": "10.22.0.254"}]]}},
              {"type": "portmap", "capabilities": {"portMappings": true}}]}""";

    private static NetworkConfigList parse(String json) throws Exception {
        return NetworkConfigList.of(Path.of("x.conflist"), JSON.readTree(json));
    }

    @Test
    void conflistGivesPluginsInOrderAndTheFirstHostLocalRange() throws Exception {
        NetworkConfigList list = parse(CONFLIST);

        assertEquals("blue", list.name());
        assertEquals(List.of("bridge", "portmap"), list.pluginTypes());
        assertFalse(list.declares(0, "portMappings"));
        assertTrue(list.declares(1, "portMappings"));
        assertEquals(Optional.of(new HostLocalRange("10.22.0.0/24", "10.22.0.254")), HostLocalRange.of(list));
        assertEquals(64, list.id().length());
        assertEquals(list.id(), parse(CONFLIST.replace("cni0", "cni1")).id(), "the id depends on the name only");
        assertNotEquals(list.id(), parse(CONFLIST.replace("blue", "green")).id());
    }

    @Test
    void singlePluginConfIsAListOfOneWithTheLegacySubnetForm() throws Exception {
        NetworkConfigList list = parse("""
                {"cniVersion": "0.4.0", "name": "one", "type": "bridge",
                 "ipam": {"type": "host-local", "subnet": "10.23.4.0/22"}}""");

        assertEquals(List.of("bridge"), list.pluginTypes());
        assertEquals(Optional.of(new HostLocalRange("10.23.4.0/22", "10.23.4.1")), HostLocalRange.of(list));
        assertEquals(Optional.empty(), HostLocalRange.of(parse(FakePlugins.conflist("n", "a"))));
    }

    @Test
    void pluginInputCarriesNameVersionRuntimeConfigAndPrevResult() throws Exception {
        NetworkConfigList list = parse(CONFLIST);
        ObjectNode runtime = JSON.createObjectNode();
        runtime.putArray("portMappings").addObject().put("hostPort", 8080);
        JsonNode prev = JSON.readTree("{\"ips\": []}");

        ObjectNode input = list.pluginInput(1, runtime, prev);
        assertEquals("blue", input.get("name").asText());
        assertEquals("1.0.0", input.get("cniVersion").asText());
        assertEquals("portmap", input.get("type").asText());
        assertEquals(8080, input.at("/runtimeConfig/portMappings/0/hostPort").asInt());
        assertEquals(prev, input.get("prevResult"));
        ObjectNode first = list.pluginInput(0, JSON.createObjectNode(), null);
        assertFalse(first.has("runtimeConfig") || first.has("prevResult"), first.toString());
        assertFalse(list.plugins().get(1).has("prevResult"), "the list itself is not changed");
        assertEquals(list, NetworkConfigList.of(list.file(), list.toJson()));
    }

    @Test
    void badDocumentsAreRefusedWithTheReason() {
        List<String[]> cases = List.of(
                new String[] {"[]", "not a JSON object"},
                new String[] {"{\"cniVersion\":\"1.0.0\",\"plugins\":[{\"type\":\"a\"}]}", "\"name\""},
                new String[] {"{\"cniVersion\":\"1.0.0\",\"name\":\"a b\",\"type\":\"a\"}", "invalid network name"},
                new String[] {"{\"cniVersion\":\"1.0.0\",\"name\":\"host\",\"type\":\"a\"}", "reserved"},
                new String[] {"{\"cniVersion\":\"0.2.0\",\"name\":\"n\",\"type\":\"a\"}", "cniVersion 0.2.0"},
                new String[] {"{\"cniVersion\":\"1.0.0\",\"name\":\"n\",\"plugins\":[]}", "non-empty array"},
                new String[] {"{\"cniVersion\":\"1.0.0\",\"name\":\"n\",\"plugins\":[{\"bridge\":\"x\"}]}", "\"type\""});
        for (String[] bad : cases) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> parse(bad[0]), bad[0]);
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }
}
