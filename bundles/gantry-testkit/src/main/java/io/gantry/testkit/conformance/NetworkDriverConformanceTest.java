package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.network.PortBinding;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link NetworkDriver} must have. A driver's test extends this class and makes a driver
 * whose state lives under the given directory and which must not touch the host's real networks. It runs as
 * root: each "container" is a network namespace made with {@code ip netns add}. After each test every endpoint
 * and network is removed, and {@link #hostTracesOf} must then find nothing of them. The tests of IPv6, address
 * pools and options are in {@link NetworkDriverAddressingTests}, the fixture and its hooks in
 * {@link NetworkDriverFixture}.
 *
 * <p>A driver that makes its networks itself, through create and remove, runs every test. A driver whose networks
 * are defined elsewhere (the cni driver's come from conflist files) says so in {@link #createsNetworks}, makes and
 * removes the test networks in {@link #createNetwork} and {@link #removeNetwork}, and skips the tests of create
 * and remove; it must refuse both instead. A driver without IPv6 says so in {@link #supportsIpv6}.
 */
public abstract class NetworkDriverConformanceTest extends NetworkDriverAddressingTests {
    @Test
    void aNetworkIsListedWithItsSubnetAndGateway() {
        NetworkInfo network = newNetwork("conf-net", 1);

        assertEquals(driver.name(), network.driver());
        assertEquals(subnet(1), network.subnet());
        assertEquals(subnet(1).replace(".0/24", ".1"), network.gateway());
        assertEquals(List.of(network), driver.networks().stream().filter(n -> n.name().equals("conf-net")).toList());
        assertEquals(Set.of(), network.containers());
    }

    @Test
    void createdNetworkKeepsItsLabelsAndIsRemoved() {
        assumeTrue(createsNetworks(), driver.name() + " does not create networks");
        NetworkInfo network = newNetwork("conf-net", 1);

        assertEquals(Map.of("l", "v"), network.labels());
        driver.remove("conf-net");
        assertTrue(driver.networks().stream().noneMatch(n -> n.id().equals(network.id())));
        assertThrows(NotFoundException.class, () -> driver.remove("conf-net"));
    }

    @Test
    void networksMadeElsewhereAreNeitherCreatedNorRemoved() {
        assumeFalse(createsNetworks(), driver.name() + " creates networks");
        NetworkInfo network = newNetwork("conf-net", 1);

        InvalidArgumentException create = assertThrows(InvalidArgumentException.class,
                () -> driver.create(new NetworkSpec("conf-other", subnet(2), null, false, null, null)));
        assertTrue(create.getMessage().contains("conf-other"), create.getMessage());
        ConflictException remove = assertThrows(ConflictException.class, () -> driver.remove("conf-net"));
        assertTrue(remove.getMessage().contains("conf-net"), remove.getMessage());
        assertEquals(List.of(network), driver.networks());
    }

    @Test
    void automaticSubnetAvoidsOtherNetworks() {
        assumeTrue(createsNetworks(), driver.name() + " does not create networks");
        NetworkInfo first = tracked(driver.create(NetworkSpec.named("conf-auto-1")));
        NetworkInfo second = tracked(driver.create(NetworkSpec.named("conf-auto-2")));

        assertNotEquals(first.subnet(), second.subnet());
        assertFalse(first.subnet().startsWith("172.17."), first.subnet());
    }

    @Test
    void badNetworksAreRejectedAndLeaveNothing() {
        assumeTrue(createsNetworks(), driver.name() + " does not create networks");
        newNetwork("conf-net", 1);
        int before = driver.networks().size();

        assertThrows(ConflictException.class, () -> newNetwork("conf-net", 2));
        ConflictException overlap = assertThrows(ConflictException.class, () -> driver.create(
                new NetworkSpec("conf-overlap", subnet(1).replace(".0/24", ".128/25"), null, false, null, null)));
        assertTrue(overlap.getMessage().contains(subnet(1)) && overlap.getMessage().contains("conf-net"),
                overlap.getMessage());
        for (String bad : List.of("10.231.9.0/33", "not-a-cidr", "10.231.9.1/24", "300.1.1.0/24")) {
            assertThrows(InvalidArgumentException.class,
                    () -> driver.create(new NetworkSpec("conf-bad", bad, null, false, null, null)), bad);
        }
        assertThrows(InvalidArgumentException.class, () -> driver.create(
                new NetworkSpec("conf-bad", subnet(3), "10.99.99.1", false, null, null)));
        InvalidArgumentException blank = assertThrows(InvalidArgumentException.class,
                () -> driver.create(NetworkSpec.named(" ")));
        assertEquals("invalid name: name is empty", blank.getMessage());
        assertEquals(before, driver.networks().size());
        assertEquals(List.of(), hostTracesOf("conf-bad"));
    }

    @Test
    void namesDockerAcceptsAreAcceptedSpacesIncluded() {
        assumeTrue(createsNetworks(), driver.name() + " does not create networks");
        for (String name : List.of("conf net", "Conf.Net_2-b", "conf:net")) {
            NetworkInfo network = tracked(driver.create(NetworkSpec.named(name)));
            assertEquals(name, network.name());
            driver.remove(name);
        }
        assertEquals(List.of(), driver.networks());
    }

    @Test
    void unknownNetworkIsNotFound() throws Exception {
        Path netns = newNetns();
        assertThrows(NotFoundException.class, () -> driver.attach(newContainerId(), "conf-missing", netns,
                EndpointSpec.named("a")));
        assertThrows(NotFoundException.class, () -> driver.detach(newContainerId(), "conf-missing", netns));
        assertThrows(NotFoundException.class, () -> driver.remove("conf-missing"));
        assertThrows(NotFoundException.class, () -> driver.hostsEntries("conf-missing"));
    }

    @Test
    void addressesAreUniqueAndNamesResolve() throws Exception {
        NetworkInfo network = newNetwork("conf-net", 1);
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            NetworkAttachment attachment = driver.attach(newContainerId(), "conf-net", newNetns(),
                    new EndpointSpec("c" + i, "host" + i, List.of("alias" + i), null, List.of()));
            assertTrue(attachment.ipv4Address().startsWith(subnet(1).replace("0/24", "")), attachment.ipv4Address());
            assertNotEquals(network.gateway(), attachment.ipv4Address());
            assertEquals(24, attachment.prefixLength());
            assertTrue(addresses.add(attachment.ipv4Address()), "address handed out twice: " + attachment);
        }
        Map<String, String> hosts = driver.hostsEntries("conf-net");
        assertEquals(9, hosts.size(), hosts.toString());
        assertEquals(hosts.get("c1"), hosts.get("alias1"));
        assertEquals(addresses, new HashSet<>(hosts.values()));
    }

    @Test
    void aRenamedEndpointIsFoundByItsNewNameAndKeepsItsOtherNames() throws Exception {
        newNetwork("conf-net", 1);
        String id = newContainerId();
        String address = driver.attach(id, "conf-net", newNetns(), new EndpointSpec("old", "host", List.of("alias"),
                null, List.of())).ipv4Address();
        driver.renameEndpoint(id, "conf-net", "old", "new");
        assertEquals(Map.of("new", address, "host", address, "alias", address), driver.hostsEntries("conf-net"));
    }

    @Test
    void requestedAddressIsHonouredOnceOnly() throws Exception {
        newNetwork("conf-net", 1);
        String wanted = subnet(1).replace("0/24", "77");
        EndpointSpec spec = new EndpointSpec("a", null, null, wanted, null);

        assertEquals(wanted, driver.attach(newContainerId(), "conf-net", newNetns(), spec).ipv4Address());
        String second = newContainerId();
        assertThrows(ConflictException.class, () -> driver.attach(second, "conf-net", newNetns(), spec));
        assertThrows(InvalidArgumentException.class, () -> driver.attach(second, "conf-net", newNetns(),
                new EndpointSpec("b", null, null, "10.1.2.3", null)));
        assertThrows(InvalidArgumentException.class, () -> driver.attach(second, "conf-net", newNetns(),
                new EndpointSpec("b", null, null, subnet(1).replace("0/24", "1"), null)), "the gateway");
        assertEquals(List.of(), hostTracesOf(second));
        assertFalse(driver.hostsEntries("conf-net").containsKey("b"));
    }

    @Test
    void detachReleasesTheLeaseAndIsIdempotent() throws Exception {
        newNetwork("conf-net", 1);
        String first = newContainerId();
        Path netns = newNetns();
        String address = driver.attach(first, "conf-net", netns, EndpointSpec.named("a")).ipv4Address();
        assertThrows(ConflictException.class, () -> driver.attach(first, "conf-net", netns, EndpointSpec.named("a")));

        driver.detach(first, "conf-net", netns);
        driver.detach(first, "conf-net", netns);
        assertEquals(List.of(), hostTracesOf(first));
        assertEquals(Map.of(), driver.hostsEntries("conf-net"));
        assertEquals(address, driver.attach(newContainerId(), "conf-net", newNetns(),
                new EndpointSpec("b", null, null, address, null)).ipv4Address(), "the released address is free again");
    }

    @Test
    void removingANetworkInUseIsConflict() throws Exception {
        assumeTrue(createsNetworks(), driver.name() + " does not create networks");
        newNetwork("conf-net", 1);
        String container = newContainerId();
        Path netns = newNetns();
        driver.attach(container, "conf-net", netns, EndpointSpec.named("a"));

        ConflictException inUse = assertThrows(ConflictException.class, () -> driver.remove("conf-net"));
        assertTrue(inUse.getMessage().contains(container), inUse.getMessage());
        driver.detach(container, "conf-net", netns);
        driver.remove("conf-net");
    }

    @Test
    void publishedPortsAreBoundOnceOnly() throws Exception {
        newNetwork("conf-net", 1);
        NetworkAttachment first = driver.attach(newContainerId(), "conf-net", newNetns(),
                new EndpointSpec("a", null, null, null, List.of(PortBinding.tcp(0, 80))));
        int hostPort = first.ports().get(0).hostPort();
        assertTrue(hostPort > 0, first.ports().toString());

        String second = newContainerId();
        assertThrows(ConflictException.class, () -> driver.attach(second, "conf-net", newNetns(),
                new EndpointSpec("b", null, null, null, List.of(PortBinding.tcp(hostPort, 8080)))));
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThrows(ConflictException.class, () -> driver.attach(second, "conf-net", newNetns(),
                    new EndpointSpec("b", null, null, null, List.of(PortBinding.tcp(taken.getLocalPort(), 80)))));
        }
        for (PortBinding bad : List.of(PortBinding.tcp(70000, 80), PortBinding.tcp(8080, 0),
                new PortBinding("", 8080, 80, "sctp"), new PortBinding("nope", 8080, 80, "tcp"))) {
            assertThrows(InvalidArgumentException.class, () -> driver.attach(second, "conf-net", newNetns(),
                    new EndpointSpec("b", null, null, null, List.of(bad))), bad.toString());
        }
        assertEquals(List.of(), hostTracesOf(second));
        assertEquals(Set.of("a"), driver.hostsEntries("conf-net").keySet());
    }

    @Test
    void reconcileRemovesEndpointsOfDeadContainers() throws Exception {
        newNetwork("conf-net", 1);
        String live = newContainerId();
        String dead = newContainerId();
        driver.attach(live, "conf-net", newNetns(), EndpointSpec.named("live"));
        driver.attach(dead, "conf-net", newNetns(), new EndpointSpec("dead", null, null, null,
                List.of(PortBinding.tcp(0, 80))));

        driver.reconcile(Set.of(live));
        assertEquals(List.of(), hostTracesOf(dead));
        assertEquals(Set.of("live"), driver.hostsEntries("conf-net").keySet());
        assertEquals(Set.of(live), driver.networks().stream().filter(n -> n.name().equals("conf-net")).findFirst()
                .orElseThrow().containers());
    }

    @Test
    void stateSurvivesANewDriverInstance() throws Exception {
        NetworkInfo network = newNetwork("conf-net", 1);
        String address = driver.attach(newContainerId(), "conf-net", newNetns(), EndpointSpec.named("a")).ipv4Address();

        driver = createDriver(dataRoot);
        assertTrue(driver.networks().stream().anyMatch(n -> n.id().equals(network.id())));
        assertEquals(Map.of("a", address), driver.hostsEntries("conf-net"));
        assertNotEquals(address, driver.attach(newContainerId(), "conf-net", newNetns(), EndpointSpec.named("b"))
                .ipv4Address());
    }
}
