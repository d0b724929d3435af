package io.gantry.net.bridge.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.api.network.IpSubnet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The destinations the host already routes (`ip -j -4 route`, `ip -j -6 route`), other than the default routes. */
final class HostRoutes {
    private static final ObjectMapper JSON = BridgeJson.MAPPER;
    private final Commands commands;

    HostRoutes(Commands commands) {
        this.commands = commands;
    }

    /** The routes of one family. */
    List<Route> list(boolean ipv6) {
        List<Route> routes = new ArrayList<>();
        String family = ipv6 ? "-6" : "-4";
        try {
            for (JsonNode route : JSON.readTree(commands.run(List.of("ip", "-j", family, "route", "show")))) {
                String dst = route.path("dst").asText("default");
                if (!dst.equals("default")) {
                    String cidr = dst.contains("/") ? dst : dst + (ipv6 ? "/128" : "/32");
                    routes.add(new Route(IpSubnet.parse(cidr, "route"), route.path("dev").asText("")));
                }
            }
        } catch (IOException e) {
            throw new GantryException("cannot parse the output of ip route: " + e.getMessage(), e);
        }
        return routes;
    }

    /** The IPv4 routes. */
    List<Route> list() {
        return list(false);
    }

    record Route(IpSubnet subnet, String device) {
        @Override
        public String toString() {
            return "host route " + subnet + (device.isEmpty() ? "" : " dev " + device);
        }
    }
}
