package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.IpAddress;
import io.gantry.api.network.IpSubnet;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The part of the {@link NetworkDriverConformanceTest network driver suite} about addresses: dual-stack networks
 * and their IPv6 addresses, ip ranges, auxiliary addresses and driver options, none of them ever dropped: a
 * driver applies what it is given or refuses it.
 */
public abstract class NetworkDriverAddressingTests extends NetworkDriverFixture {
    @Test
    void anIpv6AddressOnANetworkWithoutIpv6IsRefused() throws Exception {
        newNetwork("conf-net", 1);
        String container = newContainerId();

        InvalidArgumentException refused = assertThrows(InvalidArgumentException.class, () -> driver.attach(container,
                "conf-net", newNetns(), new EndpointSpec("a", null, null, null, "fd67:7465:7374:1::5", List.of())));
        assertTrue(refused.getMessage().contains("fd67:7465:7374:1::5"), refused.getMessage());
        assertEquals(List.of(), hostTracesOf(container));
        assertEquals(Map.of(), driver.hostsEntries("conf-net"));
    }

    @Test
    void aDualStackNetworkGivesEachContainerBothAddresses() throws Exception {
        assumeTrue(supportsIpv6(), driver.name() + " has no IPv6");
        NetworkInfo network = tracked(createDualStackNetwork("conf-dual", 1));
        assertTrue(network.enableIpv6());
        assertEquals(List.of(subnet(1), ipv6Subnet(1)), network.pools().stream().map(IpamPool::subnet).toList(),
                "IPv4 first");
        String gateway6 = IpSubnet.parse(ipv6Subnet(1), "subnet").address(1).toString();
        assertEquals(gateway6, network.ipv6Pool().gateway());

        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            NetworkAttachment a = driver.attach(newContainerId(), "conf-dual", newNetns(), EndpointSpec.named("c" + i));
            assertTrue(IpSubnet.parse(ipv6Subnet(1), "subnet").contains(IpAddress.parse(a.ipv6Address(), "address")),
                    a.toString());
            assertNotEquals(gateway6, a.ipv6Address());
            assertEquals(64, a.ipv6PrefixLength());
            assertEquals(gateway6, a.ipv6Gateway());
            assertTrue(a.ipv4Address().startsWith(subnet(1).replace("0/24", "")), a.toString());
            assertTrue(addresses.add(a.ipv6Address()), "handed out twice: " + a);
        }
        assertEquals(addresses, new HashSet<>(driver.ipv6HostsEntries("conf-dual").values()));
        assertEquals(Set.of("c0", "c1"), driver.ipv6HostsEntries("conf-dual").keySet());

        driver = createDriver(dataRoot);
        assertEquals(addresses, new HashSet<>(driver.ipv6HostsEntries("conf-dual").values()), "leases are kept");
        assertTrue(driver.networks().stream().anyMatch(n -> n.name().equals("conf-dual") && n.enableIpv6()));
    }

    @Test
    void aRequestedIpv6AddressIsHonouredOnceAndFreedOnDetach() throws Exception {
        assumeTrue(supportsIpv6(), driver.name() + " has no IPv6");
        tracked(createDualStackNetwork("conf-dual", 1));
        String wanted = IpSubnet.parse(ipv6Subnet(1), "subnet").address(0xf00d).toString();
        String first = newContainerId();
        Path netns = newNetns();
        EndpointSpec spec = new EndpointSpec("a", null, null, null, wanted, List.of());

        assertEquals(wanted, driver.attach(first, "conf-dual", netns, spec).ipv6Address());
        String second = newContainerId();
        assertThrows(ConflictException.class, () -> driver.attach(second, "conf-dual", newNetns(), spec));
        for (String bad : List.of("fd67:7465:7374:99::1", ipv6Subnet(1).replace("/64", "1"), "not-an-ip")) {
            assertThrows(InvalidArgumentException.class, () -> driver.attach(second, "conf-dual", newNetns(),
                    new EndpointSpec("b", null, null, null, bad, List.of())), bad);
        }
        assertEquals(List.of(), hostTracesOf(second));
        driver.detach(first, "conf-dual", netns);
        assertEquals(wanted, driver.attach(second, "conf-dual", newNetns(), spec).ipv6Address(), "free again");
    }

    @Test
    void anIpv6SubnetIsChosenWhenNoneIsGivenAndNoneWithoutIpv6() {
        assumeTrue(supportsIpv6() && createsNetworks(), driver.name() + " does not create IPv6 networks");
        NetworkInfo first = tracked(driver.create(new NetworkSpec("conf-v6-1", List.of(), true, false, false, null,
                null)));
        NetworkInfo second = tracked(driver.create(new NetworkSpec("conf-v6-2", List.of(), true, false, false, null,
                null)));

        assertTrue(IpSubnet.parse(first.ipv6Pool().subnet(), "subnet").ipv6(), first.toString());
        assertNotEquals(first.ipv6Pool().subnet(), second.ipv6Pool().subnet());
        assertNotEquals(null, first.subnet(), "IPv4 too");
        InvalidArgumentException withoutIpv6 = assertThrows(InvalidArgumentException.class, () -> driver.create(
                new NetworkSpec("conf-v6-off", List.of(IpamPool.of(ipv6Subnet(3))), false, false, false, null, null)));
        assertTrue(withoutIpv6.getMessage().contains(ipv6Subnet(3)), withoutIpv6.getMessage());
        assertFalse(driver.networks().stream().anyMatch(n -> n.name().equals("conf-v6-off")));
    }

    @Test
    void theIpRangeIsRespectedAndAuxiliaryAddressesAreNeverHandedOut() throws Exception {
        assumeTrue(createsNetworks(), driver.name() + " does not create networks");
        String base = subnet(1).replace("0/24", "");
        IpamPool pool = new IpamPool(subnet(1), base + "128/30", null, Map.of("router", base + "129"));
        NetworkInfo network = tracked(driver.create(new NetworkSpec("conf-range", List.of(pool), false, false, false,
                null, null)));
        assertEquals(List.of(pool.withGateway(base + "1")), network.pools());

        List<String> given = List.of(attachAny("conf-range"), attachAny("conf-range"), attachAny("conf-range"));
        assertEquals(List.of(base + "128", base + "130", base + "131"), given);
        assertThrows(RuntimeException.class, () -> attachAny("conf-range"), "the range is used up");
        ConflictException aux = assertThrows(ConflictException.class, () -> driver.attach(newContainerId(),
                "conf-range", newNetns(), new EndpointSpec("x", null, null, base + "129", List.of())));
        assertTrue(aux.getMessage().contains(base + "129"), aux.getMessage());
        assertEquals(base + "200", driver.attach(newContainerId(), "conf-range", newNetns(),
                new EndpointSpec("y", null, null, base + "200", List.of())).ipv4Address(), "asked for, outside range");
    }

    @Test
    void poolsAndOptionsADriverCannotApplyAreRefusedNamingThem() {
        assumeTrue(createsNetworks(), driver.name() + " does not create networks");
        String base = subnet(2).replace("0/24", "");
        Map<String, IpamPool> badPools = Map.of(
                base + "0/25", new IpamPool(subnet(2), base + "0/25", null, Map.of("gw", "10.99.99.9")),
                "10.99.0.0/24", new IpamPool(subnet(2), "10.99.0.0/24", null, Map.of()));
        badPools.forEach((named, pool) -> {
            InvalidArgumentException refused = assertThrows(InvalidArgumentException.class, () -> driver.create(
                    new NetworkSpec("conf-bad", List.of(pool), false, false, false, null, null)), pool.toString());
            assertTrue(refused.getMessage().contains(named.startsWith(base) ? "10.99.99.9" : named),
                    refused.getMessage());
        });
        InvalidArgumentException option = assertThrows(InvalidArgumentException.class, () -> driver.create(
                new NetworkSpec("conf-bad", List.of(), false, false, false, null, Map.of("conf.no.such.option", "1"))));
        assertTrue(option.getMessage().contains("conf.no.such.option"), option.getMessage());
        assertFalse(driver.networks().stream().anyMatch(n -> n.name().equals("conf-bad")));
        assertEquals(List.of(), hostTracesOf("conf-bad"));
    }

    /** Attaches a new container with any address; its IPv4 address. */
    private String attachAny(String network) throws Exception {
        NetworkAttachment attachment = driver.attach(newContainerId(), network, newNetns(),
                EndpointSpec.named("any"));
        assertNull(attachment.ipv6Address(), "no IPv6 on " + network);
        return attachment.ipv4Address();
    }
}
