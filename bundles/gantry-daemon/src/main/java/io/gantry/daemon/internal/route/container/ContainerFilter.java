package io.gantry.daemon.internal.route.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.health.HealthStatus;
import io.gantry.daemon.internal.json.Filters;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The filters of GET /containers/json: label, name, status, id, health. */
final class ContainerFilter implements Predicate<Container> {
    static final List<String> KNOWN = List.of("label", "name", "status", "id", "health");
    /** A container without health state, in the health filter. */
    private static final String NO_HEALTH = "none";

    private final Filters filters;

    ContainerFilter(Filters filters) {
        this.filters = filters.allow("containers", KNOWN);
        for (String status : filters.get("status")) {
            if (Arrays.stream(ContainerState.values()).noneMatch(state -> state.wireName().equals(status))) {
                throw new InvalidArgumentException("invalid filter 'status=" + status + "'");
            }
        }
        for (String health : filters.get("health")) {
            if (!health.equals(NO_HEALTH) && Arrays.stream(HealthStatus.values())
                    .noneMatch(status -> status.wireName().equals(health))) {
                throw new InvalidArgumentException("Unrecognised filter value for health: " + health);
            }
        }
    }

    /** A status filter asks for stopped containers too, as with docker ps -a. */
    boolean wantsAll() {
        return !filters.get("status").isEmpty();
    }

    @Override
    public boolean test(Container c) {
        return filters.labels(c.config().labels())
                && filters.any("name", n -> c.name().contains(n.startsWith("/") ? n.substring(1) : n))
                && filters.any("status", s -> s.equals(c.state().wireName()))
                && filters.any("id", id -> c.id().startsWith(id))
                && filters.any("health", health(c)::equals);
    }

    private static String health(Container c) {
        return c.health() == null ? NO_HEALTH : c.health().status().wireName();
    }
}
