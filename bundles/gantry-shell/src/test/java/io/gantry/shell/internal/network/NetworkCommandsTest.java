package io.gantry.shell.internal.network;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.NotFoundException;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeNetworks;
import java.util.List;
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
        ConnectCommand connect = parse(new ConnectCommand(), "--alias", "db", "front", "web");
        connect.networks = networks;
        connect.execute();
        DisconnectCommand disconnect = parse(new DisconnectCommand(), "-f", "front", "web");
        disconnect.networks = networks;
        disconnect.execute();
        assertEquals(List.of("connect front web [db]", "disconnect front web true"), networks.calls);
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
