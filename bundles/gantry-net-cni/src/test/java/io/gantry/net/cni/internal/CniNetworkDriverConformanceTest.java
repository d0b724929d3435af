package io.gantry.net.cni.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.config.EngineRoots;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.testkit.ConfigAnnotations;
import io.gantry.testkit.conformance.NetworkDriverConformanceTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The cni driver runs the network driver suite with Debian's plugins for real: each test network is a conflist of
 * bridge (on a bridge of its own), host-local (leases under the data root) and portmap, on a 10.237.n.0/24 subnet.
 * Networks come from files, so the suite writes and deletes those instead of calling create and remove.
 */
class CniNetworkDriverConformanceTest extends NetworkDriverConformanceTest {
    private static final Path PLUGINS = Path.of("/usr/lib/cni");
    private static final Path IP_FORWARD = Path.of("/proc/sys/net/ipv4/ip_forward");
    private static HostNat nat;
    private static String ipForward;
    /** Network name to the bridge its conflist names, for every network the running test made. */
    private final Map<String, String> bridges = new HashMap<>();

    @BeforeAll
    static void checkTheHost() throws Exception {
        assertEquals(List.of(), TestNetns.run("ip", "route").lines().filter(route -> route.startsWith("10.237."))
                .toList(), "10.237.0.0/16 must be free for the test networks");
        nat = new HostNat();
        ipForward = Files.readString(IP_FORWARD).strip();
    }

    @AfterAll
    static void restoreTheHost() throws Exception {
        nat.removeAddedCniRules();
        Files.writeString(IP_FORWARD, ipForward);
        assertEquals(List.of(), TestNetns.run("ip", "-o", "link", "show").lines().filter(l -> l.contains(": gtcc"))
                .toList(), "test bridges left");
    }

    @Override
    protected String subnet(int n) {
        return "10.237." + n + ".0/24";
    }

    @Override
    protected NetworkDriver createDriver(Path dataRoot) {
        try {
            Files.createDirectories(confDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CniNetworkDriver(ConfigAnnotations.of(EngineRoots.class, Map.of("data_root", dataRoot.toString())),
                ConfigAnnotations.of(CniConfig.class, Map.of("conf_dir", confDir().toString(),
                        "plugin_dirs", PLUGINS.toString(), "plugin_timeout_seconds", 10)));
    }

    @Override
    protected boolean createsNetworks() {
        return false;
    }

    /** The test conflists are IPv4 only, and the driver passes the plugins no IPv6 address. */
    @Override
    protected boolean supportsIpv6() {
        return false;
    }

    @Override
    protected NetworkInfo createNetwork(String name, int n) {
        String bridge = "gtcc" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Files.writeString(confDir().resolve(name + ".conflist"), """
                    {"cniVersion": "1.0.0", "name": "%s", "plugins": [
                      {"type": "bridge", "bridge": "%s", "isGateway": true, "ipMasq": false,
                       "ipam": {"type": "host-local", "dataDir": "%s", "ranges": [[{"subnet": "%s"}]]}},
                      {"type": "portmap", "capabilities": {"portMappings": true}}]}"""
                    .formatted(name, bridge, dataRoot.resolve("ipam"), subnet(n)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bridges.put(name, bridge);
        return driver.networks().stream().filter(network -> network.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    protected void removeNetwork(NetworkInfo network) {
        try {
            Files.delete(confDir().resolve(network.name() + ".conflist"));
            String bridge = bridges.get(network.name());
            if (linkExists(bridge)) {
                TestNetns.run("ip", "link", "delete", bridge);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot remove test network " + network.name(), e);
        }
    }

    /** The bridge of a network still there, portmap's rules and host-local's leases that name the token. */
    @Override
    protected List<String> hostTracesOf(String idOrName) {
        List<String> traces = new ArrayList<>();
        try {
            for (Map.Entry<String, String> network : bridges.entrySet()) {
                String name = network.getKey();
                if ((idOrName.equals(name) || idOrName.equals(NetworkConfigList.idOf(name)))
                        && linkExists(network.getValue())) {
                    traces.add("bridge " + network.getValue());
                }
            }
            nat.rulesMentioning(idOrName).forEach(rule -> traces.add("rule " + rule));
            Path leases = dataRoot.resolve("ipam");
            if (Files.isDirectory(leases)) {
                try (Stream<Path> files = Files.walk(leases)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        if (Files.readString(file).contains(idOrName)) {
                            traces.add("lease " + file);
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot look at the host for " + idOrName, e);
        }
        return traces;
    }

    private Path confDir() {
        return dataRoot.resolve("net.d");
    }

    private static boolean linkExists(String link) throws IOException, InterruptedException {
        return new ProcessBuilder("ip", "link", "show", link).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    }
}
