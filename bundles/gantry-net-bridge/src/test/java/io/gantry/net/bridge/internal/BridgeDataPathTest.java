package io.gantry.net.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.IpAddress;
import io.gantry.api.network.IpSubnet;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.network.PortBinding;
import io.gantry.testkit.Await;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Real traffic between network namespaces on test bridges, and from the host over 127.0.0.1. */
class BridgeDataPathTest {
    @RegisterExtension
    static final HostGuard HOST = new HostGuard();

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dataRoot;
    @TempDir
    Path www;
    private NetworkDriver driver;
    private final List<String> namespaces = new ArrayList<>();
    private final List<Process> servers = new ArrayList<>();
    private final List<String[]> endpoints = new ArrayList<>();

    @AfterEach
    void cleanUp() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly().waitFor();
        }
        for (String[] endpoint : endpoints) {
            driver.detach(endpoint[0], endpoint[1], Path.of(endpoint[2]));
        }
        driver.networks().forEach(n -> driver.remove(n.id()));
        namespaces.forEach(ns -> TestHost.succeeds("ip", "netns", "del", ns));
    }

    @Test
    void containersTalkAndPublishedPortsReachThemFromTheHost() throws Exception {
        driver = TestHost.driver(dataRoot);
        NetworkInfo network = driver.create(new NetworkSpec("dp-net", "10.231.50.0/24", null, false, null, null));
        String web = "web" + UUID.randomUUID().toString().substring(0, 8);
        NetworkAttachment server = attach(web, "dp-net", List.of(PortBinding.tcp(0, 80)));
        NetworkAttachment client = attach("cli" + UUID.randomUUID().toString().substring(0, 8), "dp-net", List.of());
        String serverNs = namespaces.get(0);
        String clientNs = namespaces.get(1);

        assertTrue(TestHost.run("ip", "-n", serverNs, "-4", "addr", "show", "eth0").contains(server.ipv4Address() + "/24"));
        assertTrue(TestHost.run("ip", "-n", clientNs, "route", "show", "default").contains("via " + network.gateway()));
        Await.until("ping " + server.ipv4Address(), PATIENCE,
                () -> TestHost.succeeds("ip", "netns", "exec", clientNs, "busybox", "ping", "-c1", "-W1", server.ipv4Address()));

        Files.writeString(www.resolve("index.html"), "hello from " + web);
        servers.add(new ProcessBuilder("ip", "netns", "exec", serverNs, "busybox", "httpd", "-f", "-p", "80", "-h",
                www.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        Await.until("httpd answering other containers", PATIENCE, () -> fetchInside(clientNs,
                "http://" + server.ipv4Address() + "/").equals("hello from " + web));

        int hostPort = server.ports().get(0).hostPort();
        assertEquals("hello from " + web, fetchFromHost(hostPort));
        assertEquals("hello from " + web, fetchInside(serverNs, "http://" + network.gateway() + ":" + hostPort + "/"),
                "hairpin: the container reaches itself through its published port");

        driver.detach(web, "dp-net", Path.of("/run/netns", serverNs));
        assertThrows(ConnectException.class, () -> fetchFromHost(hostPort));
        assertEquals(List.of(), TestHost.tracesOf(web, dataRoot));
    }

    @Test
    void networksAreIsolatedFromEachOther() throws Exception {
        driver = TestHost.driver(dataRoot);
        driver.create(new NetworkSpec("dp-one", "10.231.51.0/24", null, false, null, null));
        driver.create(new NetworkSpec("dp-two", "10.231.52.0/24", null, false, null, null));
        NetworkAttachment one = attach("one" + UUID.randomUUID().toString().substring(0, 8), "dp-one", List.of());
        NetworkAttachment two = attach("two" + UUID.randomUUID().toString().substring(0, 8), "dp-two", List.of());
        NetworkAttachment peer = attach("peer" + UUID.randomUUID().toString().substring(0, 8), "dp-two", List.of());

        Await.until("ping within dp-two", PATIENCE, () -> TestHost.succeeds("ip", "netns", "exec", namespaces.get(2),
                "busybox", "ping", "-c1", "-W1", two.ipv4Address()));
        assertEquals("1", TestHost.ipForward(), "the host forwards, so only the isolation rules keep networks apart");
        assertFalse(TestHost.succeeds("ip", "netns", "exec", namespaces.get(0), "busybox", "ping", "-c1", "-W1",
                two.ipv4Address()), one + " reached " + two);
        assertFalse(TestHost.succeeds("ip", "netns", "exec", namespaces.get(2), "busybox", "ping", "-c1", "-W1",
                one.ipv4Address()), peer + " reached " + one);
    }

    @Test
    void internalNetworksHaveNoWayOut() throws Exception {
        driver = TestHost.driver(dataRoot);
        NetworkInfo internal = driver.create(new NetworkSpec("dp-int", "10.231.53.0/24", null, true, Map.of(), Map.of()));
        NetworkInfo open = driver.create(new NetworkSpec("dp-open", "10.231.54.0/24", null, false, null, null));
        NetworkAttachment attachment = attach("int" + UUID.randomUUID().toString().substring(0, 8), "dp-int", List.of());

        assertEquals(null, attachment.gateway());
        assertEquals("", TestHost.run("ip", "-n", namespaces.get(0), "route", "show", "default").strip());
        List<String> rules = TestHost.iptablesLines();
        assertTrue(rules.stream().noneMatch(r -> r.contains("-s " + internal.subnet()) && r.contains("MASQUERADE")));
        assertTrue(rules.stream().anyMatch(r -> r.contains("-s " + open.subnet()) && r.contains("MASQUERADE")));
        assertTrue(rules.stream().anyMatch(r -> r.contains("-i " + bridgeOf(internal) + " ! -o " + bridgeOf(internal))
                && r.endsWith("-j DROP")), "forwarding out of the internal network is dropped");
    }

    @Test
    void theDefaultNetworkIsMadeOnFirstUseWithAFreeSubnet() throws Exception {
        driver = TestHost.driver(dataRoot);
        assertEquals(List.of(), driver.networks());
        List<HostRoutes.Route> routesBefore = new HostRoutes(new Commands()).list();
        NetworkAttachment attachment = attach("dflt" + UUID.randomUUID().toString().substring(0, 8), "bridge", List.of());

        NetworkInfo network = driver.networks().get(0);
        IpSubnet subnet = IpSubnet.parse(network.subnet(), "subnet");
        assertEquals("bridge", network.name());
        assertTrue(TestHost.linkNames().contains(TestHost.DEFAULT_BRIDGE));
        assertTrue(subnet.contains(IpAddress.parse(attachment.ipv4Address(), "address")), attachment.toString());
        assertFalse(subnet.overlaps(IpSubnet.parse("172.17.0.0/16", "subnet")));
        assertTrue(routesBefore.stream().noneMatch(r -> r.subnet().overlaps(subnet)), routesBefore.toString());
        assertTrue(Files.readString(dataRoot.resolve("network/bridge/leases.json")).contains(attachment.ipv4Address()));
        assertTrue(Files.readString(dataRoot.resolve("network/bridge/networks.json")).contains(network.subnet()));
    }

    private String bridgeOf(NetworkInfo network) {
        return Names.bridgeFor(TestHost.BRIDGE_PREFIX, network.id());
    }

    @Test
    void anEndpointGetsTheMacAddressAskedFor() throws Exception {
        driver = TestHost.driver(dataRoot);
        driver.create(new NetworkSpec("dp-mac", "10.231.53.0/24", null, false, null, null));
        NetworkAttachment asked = attach("mac" + UUID.randomUUID().toString().substring(0, 8), "dp-mac", List.of(),
                "02:42:0a:e7:35:99");
        assertEquals("02:42:0a:e7:35:99", asked.macAddress());
        assertEquals("02:42:0a:e7:35:99\n", TestHost.run("ip", "netns", "exec", namespaces.get(0), "cat",
                "/sys/class/net/eth0/address"));
        NetworkAttachment derived = attach("mac" + UUID.randomUUID().toString().substring(0, 8), "dp-mac", List.of());
        assertEquals(Names.macFor(IpAddress.parse(derived.ipv4Address(), "address")), derived.macAddress());
    }

    private NetworkAttachment attach(String container, String network, List<PortBinding> ports) {
        return attach(container, network, ports, null);
    }

    private NetworkAttachment attach(String container, String network, List<PortBinding> ports, String mac) {
        String namespace = "gt-test-" + UUID.randomUUID().toString().substring(0, 8);
        TestHost.run("ip", "netns", "add", namespace);
        namespaces.add(namespace);
        Path netns = Path.of("/run/netns", namespace);
        NetworkAttachment attachment = driver.attach(container, network, netns,
                new EndpointSpec(container, null, null, null, null, ports, mac));
        endpoints.add(new String[] {container, network, netns.toString()});
        return attachment;
    }

    private static String fetchInside(String namespace, String url) {
        Commands.Result result = new Commands().tryRun(List.of("timeout", "3", "ip", "netns", "exec", namespace,
                "busybox", "wget", "-qO-", url));
        return result.exitCode() == 0 ? result.stdout() : "failed: " + result.stderr();
    }

    private static String fetchFromHost(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
