package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture and the hooks of the {@link NetworkDriverConformanceTest network driver suite}: a driver on a
 * temporary data root, "containers" that are network namespaces made with {@code ip netns add}, and the check,
 * after each test, that every endpoint and network is gone and {@link #hostTracesOf} finds nothing of them.
 */
public abstract class NetworkDriverFixture {
    @TempDir
    protected Path dataRoot;
    protected NetworkDriver driver;
    private final List<String> namespaces = new ArrayList<>();
    private final Set<String> tokens = new HashSet<>();

    /** A driver that keeps its state under {@code dataRoot}. */
    protected abstract NetworkDriver createDriver(Path dataRoot);

    /** What the driver left on the host (links, firewall rules, ...) that names {@code idOrName}; empty when clean. */
    protected abstract List<String> hostTracesOf(String idOrName);

    /** The n-th subnet for test networks; none of them may be in use on the host. */
    protected String subnet(int n) {
        return "10.231." + n + ".0/24";
    }

    /** The n-th IPv6 subnet for test networks, a /64 of a unique local prefix no route of the host may use. */
    protected String ipv6Subnet(int n) {
        return "fd67:7465:7374:" + Integer.toHexString(n) + "::/64";
    }

    /** Whether the driver makes and removes networks through create and remove; true unless overridden. */
    protected boolean createsNetworks() {
        return true;
    }

    /**
     * Whether the driver gives networks IPv6 (the IPv6 tests run only then); true unless overridden. A driver
     * without IPv6 must refuse an IPv6 address with an InvalidArgumentException all the same.
     */
    protected boolean supportsIpv6() {
        return true;
    }

    /**
     * Makes the test network {@code name} on {@link #subnet subnet(n)}, labelled l=v, by default through create. A
     * driver that does not create networks makes it its own way; its gateway must be the subnet's first address.
     */
    protected NetworkInfo createNetwork(String name, int n) {
        return driver.create(new NetworkSpec(name, subnet(n), null, false, Map.of("l", "v"), Map.of()));
    }

    /**
     * Makes the dual-stack test network {@code name} on {@link #subnet subnet(n)} and {@link #ipv6Subnet
     * ipv6Subnet(n)}, both with their first address as gateway; by default through create.
     */
    protected NetworkInfo createDualStackNetwork(String name, int n) {
        return driver.create(new NetworkSpec(name, List.of(IpamPool.of(ipv6Subnet(n)), IpamPool.of(subnet(n))), true,
                false, false, Map.of(), Map.of()));
    }

    /** Removes a network {@link #createNetwork} made, once no container is attached; by default through remove. */
    protected void removeNetwork(NetworkInfo network) {
        driver.remove(network.id());
    }

    @BeforeEach
    void createDriverOnTempRoot() {
        driver = createDriver(dataRoot);
    }

    @AfterEach
    void removeEverythingAndCheckHost() throws Exception {
        try {
            for (NetworkInfo network : driver.networks()) {
                tokens.add(network.id());
                for (String container : network.containers()) {
                    driver.detach(container, network.id(), Path.of("/run/netns/gone"));
                }
                removeNetwork(network);
            }
            assertEquals(List.of(), driver.networks().stream().filter(n -> !n.containers().isEmpty()).toList());
        } finally {
            for (String namespace : namespaces) {
                new ProcessBuilder("ip", "netns", "del", namespace).inheritIO().start().waitFor();
            }
        }
        for (String token : tokens) {
            assertEquals(List.of(), hostTracesOf(token), "left on the host for " + token);
        }
    }

    /** A fresh network namespace, deleted after the test; its path is what attach takes. */
    protected Path newNetns() throws IOException, InterruptedException {
        String name = "gt-test-" + UUID.randomUUID().toString().substring(0, 8);
        Process add = new ProcessBuilder("ip", "netns", "add", name).inheritIO().start();
        assertEquals(0, add.waitFor(), "ip netns add " + name);
        namespaces.add(name);
        return Path.of("/run/netns", name);
    }

    protected String newContainerId() {
        String id = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        tokens.add(id);
        return id;
    }

    /** A network of {@link #createNetwork}, checked for traces after the test. */
    protected NetworkInfo newNetwork(String name, int n) {
        return tracked(createNetwork(name, n));
    }

    /** The network, checked for traces after the test. */
    protected NetworkInfo tracked(NetworkInfo network) {
        tokens.add(network.id());
        return network;
    }
}
