package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import io.gantry.ns.mnt.internal.MountConfig;
import io.gantry.ns.mnt.internal.MountNamespaceProvider;
import io.gantry.ns.net.internal.NetworkNamespaceProvider;
import io.gantry.testkit.ConfigAnnotations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IPv6 endpoints through the core: --ip6 and a connect's addresses reach the driver, inspect and the peers'
 * /etc/hosts; bad addresses are refused at create; what a driver leaves out of a spec or an endpoint is an error.
 */
class Ipv6EndpointsRealTest extends RealEngineTest {
    private final AddressingNetworkDriver lab = new AddressingNetworkDriver();
    private final Ipv4OnlyDriver plain = new Ipv4OnlyDriver();

    @BeforeAll
    void start() throws Exception {
        Path resolv = Files.writeString(real.root.resolve("resolv.conf"), "nameserver 10.0.0.2\n");
        real.engine.providers.bindNamespaceProvider(new MountNamespaceProvider(ConfigAnnotations.of(MountConfig.class,
                Map.of("host_resolv_conf", resolv.toString()))), Map.of("service.id", 10L, "service.ranking", 5));
        real.engine.providers.bindNamespaceProvider(new NetworkNamespaceProvider(), Map.of("service.id", 11L));
        real.engine.providers.bindNetworkDriver(lab, Map.of("service.id", 12L));
        real.engine.providers.bindNetworkDriver(plain, Map.of("service.id", 13L));
    }

    @Test
    void aFixedIpv6AddressReachesTheDriverInspectAndTheHostsFile() throws Exception {
        Container box = real.runToEnd(RealEngine.script("cat /etc/hosts").networkMode(AddressingNetworkDriver.NETWORK)
                .ipv6Address("fd99:1::7"));

        assertEquals("fd99:1::7", lab.endpoints.get(lab.endpoints.size() - 1).ipv6Address());
        assertTrue(real.output(box.id()).contains("fd99:1::7\t" + box.name() + "\n"), real.output(box.id()));
        assertTrue(real.output(box.id()).contains("\t" + box.name() + "\n"), "its IPv4 line too");
        assertEquals(new EndpointConfig(List.of(), null, "fd99:1::7"),
                real.engine.networks.endpointConfig(box.id(), AddressingNetworkDriver.NETWORK));
        assertEquals(EndpointConfig.NONE, real.engine.networks.endpointConfig(box.id(), "elsewhere"));
    }

    @Test
    void aConnectsAddressesAndAliasesAreKeptUntilTheStartThatAppliesThem() throws Exception {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("sleep", "30")
                .networkMode(AddressingNetworkDriver.NETWORK).build());
        real.engine.networks.disconnect(AddressingNetworkDriver.NETWORK, box.id(), false);
        EndpointConfig asked = new EndpointConfig(List.of("api"), "10.99.0.9", "fd99:1::9");
        real.engine.networks.connect(AddressingNetworkDriver.NETWORK, box.id(), asked);
        assertEquals(asked, real.engine.networks.endpointConfig(box.name(), AddressingNetworkDriver.NETWORK));

        real.engine.lifecycle.start(box.id());
        EndpointSpec endpoint = lab.endpoints.get(lab.endpoints.size() - 1);
        assertEquals(List.of("10.99.0.9", "fd99:1::9", "api"), List.of(endpoint.ipv4Address(),
                endpoint.ipv6Address(), endpoint.aliases().get(0)));
        NetworkAttachment attached = real.engine.lifecycle.inspect(box.id()).networks().get(0);
        assertEquals(List.of("fd99:1::9", "64", AddressingNetworkDriver.GATEWAY6), List.of(attached.ipv6Address(),
                String.valueOf(attached.ipv6PrefixLength()), attached.ipv6Gateway()));
        real.engine.lifecycle.stop(box.id(), Duration.ZERO);
    }

    @Test
    void badFixedAddressesAreRefusedWithTheirMessage() {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("true")
                .networkMode(AddressingNetworkDriver.NETWORK).build());
        Map<String, Runnable> refused = Map.of(
                "invalid IPv6 address: 10.99.0.5", () -> real.engine.lifecycle.create(RealEngine.busybox("true")
                        .networkMode(AddressingNetworkDriver.NETWORK).ipv6Address("10.99.0.5").build()),
                "user specified IP address is supported on user defined networks only (network mode host)",
                () -> real.engine.lifecycle.create(RealEngine.busybox("true").networkMode("host")
                        .ipv6Address("fd99:1::5").build()),
                "invalid IPv4 address: fd99:1::5", () -> real.engine.networks.connect(Ipv4OnlyDriver.NETWORK,
                        box.id(), new EndpointConfig(List.of(), "fd99:1::5", null)));
        refused.forEach((message, call) -> assertEquals(message,
                assertThrows(InvalidArgumentException.class, call::run).getMessage()));
        assertEquals(List.of(AddressingNetworkDriver.NETWORK),
                real.engine.lifecycle.inspect(box.id()).networks().stream().map(NetworkAttachment::network).toList());
    }

    @Test
    void whatADriverLeavesOutIsAnErrorNeverDropped() throws Exception {
        InvalidArgumentException ipv6 = assertThrows(InvalidArgumentException.class, () -> real.engine.networks
                .createNetwork("plain", new NetworkSpec("plain-v6", List.of(), true, false, false, null, null)));
        assertEquals("network driver plain cannot apply IPv6 of network plain-v6", ipv6.getMessage());
        assertEquals(List.of("create plain-v6", "remove " + Ipv4OnlyDriver.ID), plain.calls);
        assertEquals("invalid name: name is empty", assertThrows(InvalidArgumentException.class,
                () -> real.engine.networks.createNetwork("plain", NetworkSpec.named(" "))).getMessage());

        Container box = real.engine.lifecycle.create(RealEngine.busybox("true").networkMode(Ipv4OnlyDriver.NETWORK)
                .ipv6Address("fd99:2::5").build());
        InvalidArgumentException noAddress = assertThrows(InvalidArgumentException.class,
                () -> real.engine.lifecycle.start(box.id()));
        assertEquals("network driver plain gave container " + box.name() + " no IPv6 address on network "
                + Ipv4OnlyDriver.NETWORK + ", though it asked for fd99:2::5", noAddress.getMessage());
        assertEquals(ContainerState.CREATED, real.state(box.id()));
        assertTrue(plain.calls.contains("detach " + box.id()), plain.calls.toString());
    }

    /** A driver built for IPv4 only: it ignores what it does not know of specs and endpoints. */
    private static final class Ipv4OnlyDriver implements NetworkDriver {
        static final String NETWORK = "plain-net";
        static final String ID = "9a1a9a1a9a1a";
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "plain";
        }

        @Override
        public NetworkInfo create(NetworkSpec spec) {
            calls.add("create " + spec.name());
            return new NetworkInfo(ID, spec.name(), name(), "10.98.0.0/24", "10.98.0.1", false, Map.of(), Map.of(),
                    Set.of());
        }

        @Override
        public void remove(String network) {
            calls.add("remove " + network);
        }

        @Override
        public List<NetworkInfo> networks() {
            return List.of(new NetworkInfo("9b1b9b1b9b1b", NETWORK, name(), "10.97.0.0/24", "10.97.0.1", false,
                    Map.of(), Map.of(), Set.of()));
        }

        @Override
        public NetworkAttachment attach(String containerId, String network, Path netns, EndpointSpec spec) {
            return new NetworkAttachment(network, "eth0", "10.97.0.2", 24, "10.97.0.1", null, List.of());
        }

        @Override
        public void detach(String containerId, String network, Path netns) {
            calls.add("detach " + containerId);
        }

        @Override
        public Map<String, String> hostsEntries(String network) {
            return Map.of();
        }

        @Override
        public void reconcile(Set<String> liveContainerIds) {
        }
    }
}
