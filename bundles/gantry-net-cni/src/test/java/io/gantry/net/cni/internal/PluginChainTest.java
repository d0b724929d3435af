package io.gantry.net.cni.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.network.PortBinding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginChainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PluginChain.Target TARGET = new PluginChain.Target("c1", "/run/netns/c1", "eth0", "", Map.of(
            "portMappings", PublishedPorts.portMappings(List.of(new PortBinding("127.0.0.1", 8080, 80, "tcp")))));

    @TempDir
    Path bin;
    private FakePlugins plugins;
    private PluginChain chain;

    @BeforeEach
    void chain() {
        plugins = new FakePlugins(bin);
        chain = new PluginChain(new PluginExec(plugins.path(), Duration.ofSeconds(2)));
    }

    private static NetworkConfigList list(String... types) throws Exception {
        return NetworkConfigList.of(Path.of("t.conflist"), JSON.readTree(FakePlugins.conflist("net", types)));
    }

    @Test
    void addRunsInOrderPassingEachResultOnAndDeleteRunsBackwardsWithTheFinalResult() throws Exception {
        plugins.succeeding("first", 5);
        plugins.succeeding("second", 6);

        JsonNode result = chain.add(list("first", "second"), TARGET);
        assertEquals("second", result.get("plugin").asText());
        assertEquals(List.of("ADD first eth0 c1 /run/netns/c1", "ADD second eth0 c1 /run/netns/c1"), plugins.calls());
        assertFalse(plugins.input("first", "ADD").has("prevResult"));
        assertFalse(plugins.input("first", "ADD").has("runtimeConfig"), "first declares no capability");
        assertEquals("first", plugins.input("second", "ADD").at("/prevResult/plugin").asText());
        assertEquals("127.0.0.1", plugins.input("second", "ADD").at("/runtimeConfig/portMappings/0/hostIP").asText());
        assertEquals("net", plugins.input("second", "ADD").get("name").asText());

        chain.delete(list("first", "second"), TARGET.withNetns(""), result);
        assertEquals(List.of("DEL second eth0 c1", "DEL first eth0 c1"), plugins.calls().subList(2, 4));
        assertEquals(result, plugins.input("first", "DEL").get("prevResult"));
        assertEquals(8080, plugins.input("second", "DEL").at("/runtimeConfig/portMappings/0/hostPort").asInt());
    }

    @Test
    void aFailingPluginRollsBackWhatRanAndReportsItsErrorObject() throws Exception {
        plugins.succeeding("first", 5);
        plugins.failing("broken", 7, "no bridge named x");
        plugins.succeeding("never", 6);

        GantryException e = assertThrows(GantryException.class, () -> chain.add(list("first", "broken", "never"), TARGET));
        assertEquals("CNI plugin broken ADD failed: no bridge named x (more) [CNI error code 7]", e.getMessage());
        assertEquals(List.of("ADD first", "ADD broken", "DEL broken", "DEL first"),
                plugins.calls().stream().map(c -> c.substring(0, c.indexOf(" eth0"))).toList());
        assertEquals("first", plugins.input("first", "DEL").at("/prevResult/plugin").asText());
    }

    @Test
    void tryAgainLaterIsAConflict() throws Exception {
        plugins.failing("busy", 11, "address in use");
        ConflictException e = assertThrows(ConflictException.class, () -> chain.add(list("busy"), TARGET));
        assertTrue(e.getMessage().contains("address in use"), e.getMessage());
    }

    @Test
    void aHangingPluginIsKilledAtTheTimeoutAndRolledBack() throws Exception {
        plugins.succeeding("first", 5);
        plugins.hanging("slow");
        long start = System.nanoTime();

        GantryException e = assertThrows(GantryException.class, () -> chain.add(list("first", "slow"), TARGET));
        assertEquals("CNI plugin slow ADD did not finish within 2s", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
        assertEquals(List.of("ADD first", "ADD slow", "DEL slow", "DEL first"),
                plugins.calls().stream().map(c -> c.substring(0, c.indexOf(" eth0"))).toList());
    }

    @Test
    void deleteRunsEveryPluginAndThenReportsTheFailures() throws Exception {
        plugins.succeeding("first", 5);
        plugins.succeeding("second", 6);
        JsonNode result = chain.add(list("first", "second"), TARGET);
        java.nio.file.Files.delete(bin.resolve("second"));

        GantryException e = assertThrows(GantryException.class,
                () -> chain.delete(list("first", "second"), TARGET, result));
        assertTrue(e.getMessage().contains("CNI plugin binary second not found in " + bin), e.getMessage());
        assertEquals("DEL first eth0 c1 /run/netns/c1", plugins.calls().get(plugins.calls().size() - 1));
    }
}
