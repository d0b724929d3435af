package io.gantry.net.cni.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.config.EngineRoots;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.PortBinding;
import io.gantry.testkit.Await;
import io.gantry.testkit.ConfigAnnotations;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's containernetworking-plugins for real: bridge + host-local + portmap on a bridge and subnet of the
 * test's own, into a namespace of the test's own; DEL must leave no veth, lease or per-container chain.
 */
class RealPluginsTest {
    private static final Path PLUGINS = Path.of("/usr/lib/cni");

    @TempDir
    Path root;
    private final TestNetns namespaces = new TestNetns();
    private HostNat nat;
    private String bridge;
    private String prefix;
    private Process server;

    @BeforeEach
    void conflist() throws Exception {
        assertTrue(Files.isExecutable(PLUGINS.resolve("portmap")),
                "containernetworking-plugins must be installed (scripts/setup-host.sh)");
        nat = new HostNat();
        String hex = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        bridge = "gtcni" + hex;
        String routes = TestNetns.run("ip", "route");
        do {
            prefix = "10." + ThreadLocalRandom.current().nextInt(200, 250) + "." + ThreadLocalRandom.current().nextInt(256);
        } while (routes.contains(prefix + "."));
        Files.createDirectories(root.resolve("net.d"));
        Files.writeString(root.resolve("net.d/real.conflist"), """
                {"cniVersion": "1.0.0", "name": "real", "plugins": [
                  {"type": "bridge", "bridge": "%s", "isGateway": true, "ipMasq": false,
                   "ipam": {"type": "host-local", "dataDir": "%s", "ranges": [[{"subnet": "%s.0/24"}]]}},
                  {"type": "portmap", "capabilities": {"portMappings": true}}]}"""
                .formatted(bridge, root.resolve("ipam"), prefix));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (server != null) {
            server.destroyForcibly().waitFor();
        }
        namespaces.close();
        new ProcessBuilder("ip", "link", "delete", bridge).start().waitFor();
        nat.removeAddedCniRules();
    }

    @Test
    void bridgeHostLocalAndPortmapAttachAndDetachCleanly() throws Exception {
        CniNetworkDriver driver = new CniNetworkDriver(
                ConfigAnnotations.of(EngineRoots.class, Map.of("data_root", root.toString())),
                ConfigAnnotations.of(CniConfig.class, Map.of("conf_dir", root.resolve("net.d").toString(),
                        "plugin_dirs", PLUGINS.toString())));
        assertEquals(prefix + ".0/24", driver.networks().get(0).subnet());
        Path netns = namespaces.create();
        int port = freePort();
        String container = "cnitest" + bridge;

        NetworkAttachment attachment = driver.attach(container, "real", netns,
                new EndpointSpec("web", null, null, null, List.of(new PortBinding("127.0.0.1", port, 80, "tcp"))));
        assertTrue(attachment.ipv4Address().startsWith(prefix + "."), attachment.toString());
        assertEquals(prefix + ".1", attachment.gateway());
        assertEquals(24, attachment.prefixLength());
        assertNotNull(attachment.macAddress());
        assertTrue(TestNetns.exec(netns, "busybox", "ping", "-c", "1", "-W", "2", attachment.gateway())
                .contains("1 packets received"));
        assertTrue(Files.exists(root.resolve("ipam/real").resolve(attachment.ipv4Address())));
        assertTrue(nat.rulesMentioning(container).size() > 0, "portmap's per-container DNAT rules");
        assertEquals(1, bridgePorts().size());
        Files.writeString(root.resolve("index.html"), "hello from the netns");
        server = new ProcessBuilder("nsenter", "--net=" + netns, "busybox", "httpd", "-f", "-p", "80", "-h",
                root.toString()).start();
        assertEquals("hello from the netns", fetch("http://127.0.0.1:" + port + "/index.html"));

        driver.detach(container, "real", netns);
        assertEquals(List.of(), bridgePorts(), "the host end of the veth");
        assertFalse(Files.exists(root.resolve("ipam/real").resolve(attachment.ipv4Address())), "the lease");
        assertEquals(List.of(), nat.rulesMentioning(container));
        assertEquals(List.of(), nat.perContainerChainsAdded());
        assertFalse(TestNetns.exec(netns, "ip", "-o", "link", "show").contains("eth0"));
    }

    private List<String> bridgePorts() throws Exception {
        return TestNetns.run("ip", "-o", "link", "show", "master", bridge).lines().toList();
    }

    private static String fetch(String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build();
        String[] body = new String[1];
        Await.until("httpd answers on " + url, Duration.ofSeconds(20), () -> {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                body[0] = response.body();
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return body[0];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
