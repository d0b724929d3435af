package io.gantry.itests.compat;

import static io.gantry.itests.compat.HostileRequest.of;
import static io.gantry.itests.compat.HostileRequest.unrouted;

import java.util.ArrayList;
import java.util.List;

/** Paths the daemon must refuse: unknown objects, path traversal, unknown routes and methods. */
final class HostileTargets {
    static final String TARGET = HostileRequestsIT.TARGET;
    static final String TRAVERSAL = "..%2F..%2Fetc";
    static final String MISSING = "no-such-container";

    private HostileTargets() {
    }

    static List<HostileRequest> all() {
        List<HostileRequest> all = new ArrayList<>(unknownObjects());
        all.addAll(traversals());
        all.addAll(unknownRoutesAndMethods());
        return all;
    }

    /** Every route that names a container, exec or image, with one that does not exist. */
    private static List<HostileRequest> unknownObjects() {
        List<HostileRequest> all = new ArrayList<>();
        for (String action : List.of("start", "stop", "kill", "restart", "wait", "attach?stream=1&stdout=1",
                "resize?h=24&w=80", "rename?name=x", "pause", "unpause")) {
            all.add(of("unknown container", "POST", "/containers/" + MISSING + "/" + action));
        }
        all.add(of("unknown container", "POST", "/containers/" + MISSING + "/update", "{}"));
        all.add(of("unknown container", "POST", "/containers/" + MISSING + "/exec", "{\"Cmd\":[\"true\"]}"));
        for (String action : List.of("json", "logs?stdout=1", "top", "stats?stream=0", "archive?path=/", "export")) {
            all.add(of("unknown container", "GET", "/containers/" + MISSING + "/" + action));
        }
        all.add(of("unknown container", "DELETE", "/containers/" + MISSING + "?force=1"));
        all.add(of("unknown exec", "GET", "/exec/0123456789ab/json"));
        all.add(of("unknown exec", "POST", "/exec/0123456789ab/start", "{\"Detach\":true}"));
        all.add(of("unknown image", "GET", "/images/no-such-image/json"));
        all.add(of("unknown image", "DELETE", "/images/no-such-image"));
        all.add(of("unknown image", "POST", "/images/no-such-image/tag?repo=x"));
        all.add(of("unknown network", "GET", "/networks/no-such-network"));
        all.add(of("unknown volume", "GET", "/volumes/no-such-volume"));
        return all;
    }

    private static List<HostileRequest> traversals() {
        List<HostileRequest> all = new ArrayList<>();
        for (String action : List.of("start", "kill", "wait", "attach", "exec")) {
            all.add(unrouted("traversal in the id", "POST", "/containers/" + TRAVERSAL + "/" + action));
        }
        all.add(unrouted("traversal in the id", "GET", "/containers/" + TRAVERSAL + "/json"));
        all.add(unrouted("traversal in the id", "DELETE", "/containers/" + TRAVERSAL + "?force=1"));
        all.add(unrouted("traversal in the exec id", "GET", "/exec/" + TRAVERSAL + "/json"));
        all.add(unrouted("traversal in the network id", "GET", "/networks/" + TRAVERSAL));
        all.add(unrouted("traversal in the volume name", "GET", "/volumes/" + TRAVERSAL));
        all.add(of("traversal in the image name", "GET", "/images/" + TRAVERSAL + "%2Fpasswd/json"));
        all.add(of("traversal in the image name", "DELETE", "/images/" + TRAVERSAL + "%2Fpasswd"));
        all.add(of("traversal in the image name", "POST", "/images/" + TRAVERSAL + "/tag?repo=x"));
        all.add(of("traversal in the new tag", "POST", "/images/busybox/tag?repo=../../x"));
        all.add(of("traversal in the pulled image", "POST", "/images/create?fromImage=../../etc/passwd"));
        all.add(of("traversal in the new name", "POST", "/containers/" + TARGET + "/rename?name=../../x"));
        return all;
    }

    private static List<HostileRequest> unknownRoutesAndMethods() {
        return List.of(
                unrouted("unknown route", "GET", "/nonsense"),
                unrouted("unknown route below containers", "GET", "/containers/" + TARGET + "/json/extra"),
                unrouted("unknown container action", "POST", "/containers/" + TARGET + "/explode"),
                unrouted("malformed API version", "GET", "/v1.x/info"),
                of("API version of absurd size", "GET", "/v1.99999999999999999999/info"),
                unrouted("method not allowed", "POST", "/_ping"),
                unrouted("method not allowed", "DELETE", "/version"),
                unrouted("method not allowed", "PUT", "/info"),
                unrouted("method not allowed", "GET", "/containers/create"),
                unrouted("method not allowed", "PUT", "/containers/" + TARGET + "/json"),
                unrouted("method not allowed", "GET", "/containers/" + TARGET + "/start"),
                unrouted("method not allowed", "PATCH", "/images/json"),
                unrouted("method not allowed", "DELETE", "/events"));
    }
}
