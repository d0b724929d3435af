package io.gantry.net.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import io.gantry.testkit.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dual-stack networks on the real kernel: addresses and routes inside the containers' namespaces, IPv6 traffic
 * between them, the ip6tables rules while a network exists and after it is gone (or after a crash), ranges and
 * auxiliary addresses, and the driver options. Subnets are 10.231.6x.0/24 and fd67:7465:7374:6x::/64.
 */
class BridgeIpv6DataPathTest {
    @RegisterExtension
    static final HostGuard HOST = new HostGuard();

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dataRoot;
    private NetworkDriver driver;
    private final List<String> namespaces = new ArrayList<>();
    private final List<String[]> endpoints = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (String[] endpoint : endpoints) {
            driver.detach(endpoint[0], endpoint[1], Path.of(endpoint[2]));
        }
        driver.networks().forEach(n -> driver.remove(n.id()));
        namespaces.forEach(ns -> TestHost.succeeds("ip", "netns", "del", ns));
    }

    @Test
    void dualStackContainersHaveBothAddressesAndRoutesAndPingOverIpv6() throws Exception {
        driver = TestHost.driver(dataRoot);
        NetworkInfo network = driver.create(dualStack("v6-net", 60, Map.of()));
        String bridge = Names.bridgeFor(TestHost.BRIDGE_PREFIX, network.id());
        NetworkAttachment one = attach("one", "v6-net", null);
        NetworkAttachment two = attach("two", "v6-net", "fd67:7465:7374:60::beef");

        assertEquals("fd67:7465:7374:60::2", one.ipv6Address());
        assertEquals("fd67:7465:7374:60::beef", two.ipv6Address());
        assertEquals("fd67:7465:7374:60::1", one.ipv6Gateway());
        String inside = TestHost.run("ip", "-n", namespaces.get(0), "-6", "addr", "show", "eth0");
        assertTrue(inside.contains("inet6 fd67:7465:7374:60::2/64 scope global"), inside);
        assertTrue(TestHost.run("ip", "-n", namespaces.get(0), "-6", "route", "show", "default")
                .contains("default via fd67:7465:7374:60::1 dev eth0"));
        assertTrue(TestHost.run("ip", "-n", namespaces.get(0), "-4", "route", "show", "default")
                .contains("default via 10.231.60.1 dev eth0"));
        assertTrue(TestHost.run("ip", "-6", "addr", "show", "dev", bridge).contains("fd67:7465:7374:60::1/64"));
        Await.until("ping -6 two from one", PATIENCE, () -> TestHost.succeeds("ip", "netns", "exec",
                namespaces.get(0), "busybox", "ping", "-6", "-c1", "-W1", two.ipv6Address()));
        assertTrue(TestHost.succeeds("ip", "netns", "exec", namespaces.get(1), "busybox", "ping", "-6", "-c1", "-W1",
                "fd67:7465:7374:60::1"), "the gateway answers");
        assertEquals("1", Files.readString(Path.of("/proc/sys/net/ipv6/conf/all/forwarding")).strip());

        List<String> rules = ip6Rules(network);
        for (String expected : List.of("-A " + TestHost.CHAIN_PREFIX + "-FORWARD -i " + bridge + " -o " + bridge,
                "-A " + TestHost.CHAIN_PREFIX + "-ISOLATION -i " + bridge + " ! -o " + bridge,
                "-A " + TestHost.CHAIN_PREFIX + "-ISOLATION-2 -o " + bridge,
                "-A " + TestHost.CHAIN_PREFIX + "-POSTROUTING -s fd67:7465:7374:60::/64 ! -o " + bridge)) {
            assertTrue(rules.stream().anyMatch(r -> r.startsWith(expected)), expected + " in " + rules);
        }
        assertTrue(TestHost.ip6tablesLines().contains("-A FORWARD -j " + TestHost.CHAIN_PREFIX + "-FORWARD"));

        detachAll();
        driver.remove("v6-net");
        assertEquals(List.of(), ip6Rules(network));
        assertFalse(TestHost.linkNames().contains(bridge));
        assertEquals(List.of(), TestHost.testLeftovers(), "no chain of the driver stays once no network is left");
    }

    @Test
    void ipv6NetworksAreIsolatedFromEachOther() throws Exception {
        driver = TestHost.driver(dataRoot);
        driver.create(dualStack("v6-one", 61, Map.of()));
        driver.create(dualStack("v6-two", 62, Map.of()));
        attach("one", "v6-one", null);
        NetworkAttachment two = attach("two", "v6-two", null);
        attach("peer", "v6-two", null);

        Await.until("ping -6 within v6-two", PATIENCE, () -> TestHost.succeeds("ip", "netns", "exec",
                namespaces.get(2), "busybox", "ping", "-6", "-c1", "-W1", two.ipv6Address()));
        assertFalse(TestHost.succeeds("ip", "netns", "exec", namespaces.get(0), "busybox", "ping", "-6", "-c1", "-W1",
                two.ipv6Address()), "the host forwards IPv6, so only the ip6tables isolation keeps the networks apart");
    }

    @Test
    void theIpv6RangeIsRespectedAndAuxiliaryAddressesAreNeverHandedOut() throws Exception {
        driver = TestHost.driver(dataRoot);
        IpamPool v6 = new IpamPool("fd67:7465:7374:63::/64", "fd67:7465:7374:63::100/126", null,
                Map.of("reserved", "fd67:7465:7374:63::101"));
        driver.create(new NetworkSpec("v6-range", List.of(IpamPool.of("10.231.63.0/24"), v6), true, false, false,
                null, null));

        List<String> given = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            given.add(attach(name, "v6-range", null).ipv6Address());
        }
        assertEquals(List.of("fd67:7465:7374:63::100", "fd67:7465:7374:63::102", "fd67:7465:7374:63::103"), given);
        assertTrue(TestHost.run("ip", "-n", namespaces.get(1), "-6", "addr", "show", "eth0")
                .contains("fd67:7465:7374:63::102/64"));
        String refused = TestHost.failureOf(() -> attach("d", "v6-range", null));
        assertEquals("no free address left in fd67:7465:7374:63::100/126 of network v6-range", refused);
    }

    @Test
    void optionsSetTheBridgeNameAndMtuAndTurnOffMasqueradeAndIcc() throws Exception {
        driver = TestHost.driver(dataRoot);
        String bridgeName = TestHost.BRIDGE_PREFIX + "opt" + TestHost.RUN;
        NetworkInfo network = driver.create(dualStack("v6-opts", 64, Map.of(BridgeOptions.BRIDGE_NAME, bridgeName,
                BridgeOptions.MTU, "1400", BridgeOptions.MASQUERADE, "false", BridgeOptions.ICC, "false")));
        NetworkAttachment one = attach("one", "v6-opts", null);
        attach("two", "v6-opts", null);

        assertTrue(TestHost.run("ip", "link", "show", "dev", bridgeName).contains("mtu 1400"));
        assertTrue(TestHost.run("ip", "-n", namespaces.get(0), "link", "show", "eth0").contains("mtu 1400"));
        List<String> ports = TestHost.run("ip", "-o", "link", "show", "master", bridgeName).lines().toList();
        assertEquals(2, ports.size(), ports.toString());
        assertTrue(ports.stream().allMatch(p -> p.contains(" mtu 1400 ")), ports.toString());
        for (List<String> rules : List.of(TestHost.iptablesLines(), TestHost.ip6tablesLines())) {
            assertTrue(rules.stream().anyMatch(r -> r.startsWith("-A " + TestHost.CHAIN_PREFIX + "-FORWARD -i "
                    + bridgeName + " -o " + bridgeName) && r.endsWith("-j DROP")), "icc off: " + rules);
            assertTrue(rules.stream().noneMatch(r -> r.contains("! -o " + bridgeName) && r.contains("MASQUERADE")),
                    "masquerade off: " + rules);
        }
        if (Files.readString(Path.of("/proc/sys/net/bridge/bridge-nf-call-ip6tables")).strip().equals("1")) {
            assertFalse(TestHost.succeeds("ip", "netns", "exec", namespaces.get(1), "busybox", "ping", "-6", "-c1",
                    "-W1", one.ipv6Address()), "bridged traffic goes through ip6tables here, and icc is off");
        }
        assertEquals(Map.of(BridgeOptions.BRIDGE_NAME, bridgeName, BridgeOptions.MTU, "1400",
                BridgeOptions.MASQUERADE, "false", BridgeOptions.ICC, "false"), network.options());
    }

    @Test
    void badOptionsAreRefusedWithAMessageAndLeaveNothing() {
        driver = TestHost.driver(dataRoot);
        Map<Map<String, String>, String> bad = Map.of(
                Map.of("com.docker.network.bridge.inhibit_ipv4", "true"),
                "unknown network option com.docker.network.bridge.inhibit_ipv4: the bridge driver takes "
                        + "com.docker.network.bridge.name, com.docker.network.driver.mtu, "
                        + "com.docker.network.bridge.enable_ip_masquerade, com.docker.network.bridge.enable_icc, "
                        + "com.docker.network.bridge.host_binding_ipv4, com.docker.network.container_iface_prefix, "
                        + "com.docker.network.enable_ipv6",
                Map.of(BridgeOptions.MTU, "big"),
                "failed to parse com.docker.network.driver.mtu value: big (strconv.Atoi: parsing \"big\": invalid syntax)",
                Map.of(BridgeOptions.MTU, "1000"), "invalid MTU number: 1000 (IPv6 needs 1280 or more)",
                Map.of(BridgeOptions.ICC, "maybe"), "failed to parse com.docker.network.bridge.enable_icc value: maybe"
                        + " (strconv.ParseBool: parsing \"maybe\": invalid syntax)",
                Map.of(BridgeOptions.BRIDGE_NAME, "lo"), "a link named lo already exists on the host: choose another "
                        + "com.docker.network.bridge.name",
                Map.of(BridgeOptions.BRIDGE_NAME, "much-too-long-bridge"), "failed to parse "
                        + "com.docker.network.bridge.name value: much-too-long-bridge (not a Linux interface name of 1"
                        + " to 15 letters, digits, '_', '.', '-')");
        bad.forEach((options, message) -> assertEquals(message,
                TestHost.failureOf(() -> driver.create(dualStack("v6-bad", 65, options)))));
        assertEquals(List.of(), driver.networks());
        assertEquals(List.of(), TestHost.testLeftovers());
    }

    @Test
    void ip6tablesRulesOfANetworkACrashLeftUnrecordedAreSweptByReconcile() throws Exception {
        driver = TestHost.driver(dataRoot);
        NetworkInfo network = driver.create(dualStack("v6-crash", 66, Map.of()));
        String bridge = Names.bridgeFor(TestHost.BRIDGE_PREFIX, network.id());
        assertFalse(ip6Rules(network).isEmpty());
        Files.writeString(dataRoot.resolve("network/bridge/networks.json"), "[]");

        driver = TestHost.driver(dataRoot);
        driver.reconcile(Set.of());
        assertEquals(List.of(), ip6Rules(network), "rules whose network is not recorded");
        assertEquals(List.of(), TestHost.iptablesLines().stream().filter(l -> l.contains(network.id().substring(0, 12)))
                .toList());
        TestHost.run("ip", "link", "del", bridge);
        driver.remove(driver.create(NetworkSpec.named("v6-last")).id());
    }

    private static NetworkSpec dualStack(String name, int n, Map<String, String> options) {
        return new NetworkSpec(name, List.of(IpamPool.of("fd67:7465:7374:" + n + "::/64"),
                IpamPool.of("10.231." + n + ".0/24")), true, false, false, Map.of(), options);
    }

    private static List<String> ip6Rules(NetworkInfo network) {
        return TestHost.ip6tablesLines().stream().filter(l -> l.contains("gantry:net=" + network.id().substring(0, 12)))
                .toList();
    }

    private NetworkAttachment attach(String name, String network, String ipv6) {
        String container = name + UUID.randomUUID().toString().substring(0, 8);
        String namespace = "gt-test-" + UUID.randomUUID().toString().substring(0, 8);
        TestHost.run("ip", "netns", "add", namespace);
        namespaces.add(namespace);
        Path netns = Path.of("/run/netns", namespace);
        NetworkAttachment attachment = driver.attach(container, network, netns,
                new EndpointSpec(container, null, null, null, ipv6, List.of()));
        endpoints.add(new String[] {container, network, netns.toString()});
        return attachment;
    }

    private void detachAll() {
        endpoints.forEach(e -> driver.detach(e[0], e[1], Path.of(e[2])));
        endpoints.clear();
    }
}
