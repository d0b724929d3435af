package io.gantry.api.container.monitor;

import java.time.Instant;
import java.util.Map;

/** Usage figures read from the container's cgroups, keyed by controller, then by figure name. */
public record ContainerStats(String id, Instant read, Map<String, Map<String, Long>> byController) {
}
