package io.gantry.shell.internal.network;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkInfo;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeNetworks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetworkCommandsTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    /** Holds bridge, host and none from the start; the next network's id is "a3" repeated. */
    private final FakeNetworks networks = new FakeNetworks();

    @Test
    void createPassesDriverSubnetAndInternalAndPrintsTheId() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "--subnet", "10.90.0.0/24", "--internal", "-l", "a=b",
                "front");
        create.networks = networks;
        create.execute();
        assertEquals(List.of("createNetwork bridge front 10.90.0.0/24 true"), networks.calls);
        assertEquals("a3".repeat(32) + "\n", console.out());
    }

    @Test
    void createPassesEveryIpamFieldIpv6OptionsAndAttachable() throws Exception {
        CreateCommand create = parse(new CreateCommand(), "--ipv6", "--subnet", "fd67:1::/64", "--subnet",
                "10.233.0.0/24", "--gateway", "10.233.0.254", "--gateway", "fd67:1::1", "--ip-range", "fd67:1::100/120",
                "--aux-address", "router=10.233.0.2", "--aux-address", "dns=fd67:1::53", "-o",
                "com.docker.network.driver.mtu=1400", "--opt", "com.docker.network.bridge.enable_icc=false",
                "--attachable", "--internal", "dual net");
        create.networks = networks;
        create.execute();

        NetworkInfo created = networks.byName.get("dual net");
        assertEquals(List.of(new IpamPool("fd67:1::/64", "fd67:1::100/120", "fd67:1::1", Map.of("dns", "fd67:1::53")),
                new IpamPool("10.233.0.0/24", null, "10.233.0.254", Map.of("router", "10.233.0.2"))), created.pools());
        assertTrue(created.enableIpv6() && created.attachable() && created.internal(), created.toString());
        assertEquals(Map.of("com.docker.network.driver.mtu", "1400", "com.docker.network.bridge.enable_icc", "false"),
                created.options());
        assertEquals("a3".repeat(32) + "\n", console.out());
    }

    @Test
    void createRefusesIpamFlagsWithoutTheirSubnetInTheDockerClisWords() throws Exception {
        Map<List<String>, String> refusals = Map.of(
                List.of("--gateway", "10.0.0.1", "n"), "every ip-range or gateway must have a corresponding subnet",
                List.of("--subnet", "10.0.0.0/24", "--gateway", "10.1.0.1", "n"), "no matching subnet for gateway 10.1.0.1",
                List.of("--subnet", "10.0.0.0/24", "--ip-range", "10.1.0.0/28", "n"),
                "no matching subnet for range 10.1.0.0/28",
                List.of("--subnet", "10.0.0.0/24", "--aux-address", "a=fd67::1", "n"),
                "no matching subnet for aux-address fd67::1",
                List.of("--subnet", "10.0.0.0/16", "--subnet", "10.0.5.0/24", "n"),
                "multiple overlapping subnet configuration is not supported",
                List.of("--subnet", "10.0.0.0/24", "--subnet", "fd67::/64", "--gateway", "10.0.0.1", "--gateway",
                        "10.0.0.2", "n"),
                "cannot configure multiple gateways (10.0.0.2, 10.0.0.1) for the same subnet (10.0.0.0/24)",
                List.of("--subnet", "10.0.0.0/24", "--subnet", "fd67::/64", "--ip-range", "10.0.0.0/28", "--ip-range",
                        "10.0.0.16/28", "n"),
                "cannot configure multiple ranges (10.0.0.16/28, 10.0.0.0/28) on the same subnet (10.0.0.0/24)",
                List.of("-o", "=1", "n"), "invalid option '=1': the key is empty");
        for (Map.Entry<List<String>, String> refusal : refusals.entrySet()) {
            CreateCommand create = parse(new CreateCommand(), refusal.getKey().toArray(String[]::new));
            create.networks = networks;
            assertEquals(refusal.getValue(), assertThrows(InvalidArgumentException.class, create::execute).getMessage(),
                    refusal.getKey().toString());
        }
        assertEquals(List.of(), networks.calls);
    }

    @Test
    void lsShowsShortIdNameDriverAndSubnet() throws Exception {
        networks.add("front", "10.90.0.0/24");
        ListCommand list = parse(new ListCommand());
        list.networks = networks;
        list.execute();
        assertTrue(console.out().contains("a3a3a3a3a3a3"), console.out());
        assertTrue(console.out().lines().anyMatch(l -> l.contains("front") && l.contains("bridge")
                && l.contains("10.90.0.0/24")), console.out());
    }

    @Test
    void rmRemovesEachAndReportsTheUnknownOne() throws Exception {
        networks.add("front", null);
        RemoveCommand rm = parse(new RemoveCommand(), "front", "nope");
        rm.networks = networks;
        NotFoundException e = assertThrows(NotFoundException.class, rm::execute);
        assertEquals("network nope not found", e.getMessage());
        assertEquals(List.of("removeNetwork front"), networks.calls);
        assertEquals("front\n", console.out());
    }

    @Test
    void pruneListsTheRemovedNetworks() throws Exception {
        networks.add("front", null);
        PruneCommand prune = parse(new PruneCommand());
        prune.networks = networks;
        prune.execute();
        assertEquals("Deleted Networks:\nfront\n", console.out());
    }

    @Test
    void connectAndDisconnectPassTheirOptions() throws Exception {
        networks.add("front", null);
        ConnectCommand connect = parse(new ConnectCommand(), "--alias", "db", "--ip", "10.90.0.9", "--ip6", "fd67:1::9",
                "front", "web");
        connect.networks = networks;
        connect.execute();
        DisconnectCommand disconnect = parse(new DisconnectCommand(), "-f", "front", "web");
        disconnect.networks = networks;
        disconnect.execute();
        assertEquals(List.of("connect front web [db] 10.90.0.9 fd67:1::9", "disconnect front web true"), networks.calls);
    }

    @Test
    void inspectPrintsJson() throws Exception {
        networks.add("front", "10.90.0.0/24");
        InspectCommand inspect = parse(new InspectCommand(), "front");
        inspect.networks = networks;
        inspect.execute();
        assertTrue(console.out().contains("\"10.90.0.0/24\""), console.out());
    }
}
