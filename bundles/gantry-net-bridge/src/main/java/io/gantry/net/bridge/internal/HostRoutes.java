package io.gantry.net.bridge.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The IPv4 destinations the host already routes (`ip -j -4 route`), other than the default route. */
final class HostRoutes {
    private static final ObjectMapper JSON = BridgeJson.MAPPER;
    private final Commands commands;

    HostRoutes(Commands commands) {
        this.commands = commands;
    }

    List<Route> list() {
        List<Route> routes = new ArrayList<>();
        try {
            for (JsonNode route : JSON.readTree(commands.run(List.of("ip", "-j", "-4", "route", "show")))) {
                String dst = route.path("dst").asText("default");
                if (!dst.equals("default")) {
                    routes.add(new Route(Subnet.parse(dst.contains("/") ? dst : dst + "/32"), route.path("dev").asText("")));
                }
            }
        } catch (IOException e) {
            throw new GantryException("cannot parse the output of ip route: " + e.getMessage(), e);
        }
        return routes;
    }

    record Route(Subnet subnet, String device) {
        @Override
        public String toString() {
            return "host route " + subnet + (device.isEmpty() ? "" : " dev " + device);
        }
    }
}
