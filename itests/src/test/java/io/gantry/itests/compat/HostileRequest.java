package io.gantry.itests.compat;

import java.nio.charset.StandardCharsets;

/**
 * A request the daemon must refuse with a 4xx answer; {@code why} names what is wrong with it. When
 * {@code routed}, its method and path name a route of API v1.41, so the route itself must refuse it: a
 * generic "page not found" then means the route is missing.
 */
record HostileRequest(String why, String method, String target, byte[] body, boolean routed) {
    /** A request to a route of API v1.41. */
    static HostileRequest of(String why, String method, String target) {
        return new HostileRequest(why, method, target, null, true);
    }

    /** A request to a route of API v1.41, with a body. */
    static HostileRequest of(String why, String method, String target, String json) {
        return new HostileRequest(why, method, target, json.getBytes(StandardCharsets.UTF_8), true);
    }

    /** A request that no route of API v1.41 matches. */
    static HostileRequest unrouted(String why, String method, String target) {
        return new HostileRequest(why, method, target, null, false);
    }

    String bodyPreview() {
        if (body == null) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
        return body.length > 80 ? text + "... (" + body.length + " bytes)" : text;
    }

    @Override
    public String toString() {
        return why + ": " + method + " " + target + (body == null ? "" : " " + bodyPreview());
    }
}
