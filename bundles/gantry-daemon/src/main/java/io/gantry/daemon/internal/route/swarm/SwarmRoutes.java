package io.gantry.daemon.internal.route.swarm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The swarm routes of Docker's API (/swarm, /nodes, /services, /tasks, /secrets, /configs), answered as dockerd
 * answers them on a node that is not part of a swarm: 503 with its message, which clients such as docker-py match
 * in their clean-up. Gantry never joins a swarm, so init and join are refused alike.
 */
public final class SwarmRoutes {
    /** dockerd's errNoManager for a node without swarm, the answer of every call that needs a manager. */
    public static final String NOT_A_MANAGER = "This node is not a swarm manager. Use \"docker swarm init\" or"
            + " \"docker swarm join\" to connect this node to swarm and try again.";
    /** dockerd's errNoSwarm, the answer of leave. */
    public static final String NOT_IN_A_SWARM = "This node is not part of a swarm";
    public static final String NO_SWARM_MODE = "Gantry does not support swarm mode: this node cannot init or join a"
            + " swarm";

    private static final String[][] MANAGER_ROUTES = {
        {"GET", "/swarm"}, {"GET", "/swarm/unlockkey"}, {"POST", "/swarm/update"}, {"POST", "/swarm/unlock"},
        {"GET", "/services"}, {"GET", "/services/{}"}, {"POST", "/services/create"}, {"POST", "/services/{}/update"},
        {"DELETE", "/services/{}"}, {"GET", "/services/{}/logs"},
        {"GET", "/nodes"}, {"GET", "/nodes/{}"}, {"DELETE", "/nodes/{}"}, {"POST", "/nodes/{}/update"},
        {"GET", "/tasks"}, {"GET", "/tasks/{}"}, {"GET", "/tasks/{}/logs"},
        {"GET", "/secrets"}, {"POST", "/secrets/create"}, {"DELETE", "/secrets/{}"}, {"GET", "/secrets/{}"},
        {"POST", "/secrets/{}/update"},
        {"GET", "/configs"}, {"POST", "/configs/create"}, {"DELETE", "/configs/{}"}, {"GET", "/configs/{}"},
        {"POST", "/configs/{}/update"},
    };

    public void register(Router router) {
        for (String[] route : MANAGER_ROUTES) {
            router.add(HttpMethod.valueOf(route[0]), route[1], ex -> unavailable(ex, NOT_A_MANAGER));
        }
        router.add(HttpMethod.POST, "/swarm/leave", ex -> unavailable(ex, NOT_IN_A_SWARM))
                .add(HttpMethod.POST, "/swarm/init", ex -> unavailable(ex, NO_SWARM_MODE))
                .add(HttpMethod.POST, "/swarm/join", ex -> unavailable(ex, NO_SWARM_MODE));
    }

    /** The Swarm part of /info for a node outside any swarm, as dockerd writes it. */
    public static void inactive(ObjectNode swarm) {
        swarm.put("NodeID", "").put("NodeAddr", "").put("LocalNodeState", "inactive").put("ControlAvailable", false)
                .put("Error", "").putNull("RemoteManagers");
    }

    private static void unavailable(Exchange ex, String message) {
        ex.reply().error(HttpResponseStatus.SERVICE_UNAVAILABLE, message);
    }
}
