package io.gantry.api.volume;

import java.time.Instant;
import java.util.Map;

/**
 * A volume, as {@code docker volume inspect} shows it.
 *
 * @param mountpoint the host folder that holds its data, as the driver reports it
 * @param options the options it was created with
 * @param scope "local" for a volume of this host
 */
public record Volume(String name, String driver, String mountpoint, Instant createdAt, Map<String, String> labels,
        Map<String, String> options, String scope) {
    /** The label Docker gives the volumes it makes for a container's anonymous mounts. */
    public static final String ANONYMOUS_LABEL = "com.docker.volume.anonymous";

    public Volume {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
        scope = scope == null ? "local" : scope;
    }

    public boolean isAnonymous() {
        return labels.containsKey(ANONYMOUS_LABEL);
    }
}
