package io.gantry.daemon.internal.route.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every swarm route answers 503 as dockerd does on a node outside a swarm; /info says the swarm is inactive. */
class SwarmRoutesTest extends ApiTestBase {
    private static final String NOT_A_MANAGER = "This node is not a swarm manager. Use \"docker swarm init\" or"
            + " \"docker swarm join\" to connect this node to swarm and try again.";

    @Test
    void everyCallThatNeedsAManagerIsRefusedWithDockersMessage() throws Exception {
        List<String[]> calls = List.of(new String[] {"GET", "/swarm"}, new String[] {"GET", "/v1.41/swarm"},
                new String[] {"GET", "/swarm/unlockkey"}, new String[] {"POST", "/swarm/update?version=1"},
                new String[] {"POST", "/swarm/unlock"}, new String[] {"GET", "/nodes"},
                new String[] {"GET", "/nodes/abc"}, new String[] {"DELETE", "/nodes/abc"},
                new String[] {"POST", "/nodes/abc/update"}, new String[] {"GET", "/services"},
                new String[] {"GET", "/services/web"}, new String[] {"POST", "/services/create"},
                new String[] {"POST", "/services/web/update"}, new String[] {"DELETE", "/services/web"},
                new String[] {"GET", "/services/web/logs"}, new String[] {"GET", "/tasks"},
                new String[] {"GET", "/tasks/t1"}, new String[] {"GET", "/tasks/t1/logs"},
                new String[] {"GET", "/secrets"}, new String[] {"POST", "/secrets/create"},
                new String[] {"GET", "/secrets/s1"}, new String[] {"DELETE", "/secrets/s1"},
                new String[] {"POST", "/secrets/s1/update"}, new String[] {"GET", "/configs"},
                new String[] {"POST", "/configs/create"}, new String[] {"GET", "/configs/c1"},
                new String[] {"DELETE", "/configs/c1"}, new String[] {"POST", "/configs/c1/update"});
        for (String[] call : calls) {
            assertEquals(NOT_A_MANAGER, refused(503, call[0], call[1], call[0].equals("POST") ? "{}" : null),
                    String.join(" ", call));
        }
    }

    @Test
    void leaveSaysTheNodeIsNotPartOfASwarmAndInitAndJoinAreRefused() throws Exception {
        assertEquals("This node is not part of a swarm", refused(503, "POST", "/swarm/leave?force=1", null));
        for (String path : List.of("/swarm/init", "/swarm/join")) {
            assertEquals("Gantry does not support swarm mode: this node cannot init or join a swarm",
                    refused(503, "POST", path, "{\"ListenAddr\":\"0.0.0.0:2377\"}"), path);
        }
    }

    @Test
    void infoShowsAnInactiveSwarmAsDockerdDoes() throws Exception {
        assertEquals("{\"NodeID\":\"\",\"NodeAddr\":\"\",\"LocalNodeState\":\"inactive\",\"ControlAvailable\":false,"
                + "\"Error\":\"\",\"RemoteManagers\":null}", body(call("GET", "/info", null)).get("Swarm").toString());
    }
}
