package io.gantry.core.internal.settings;

import io.gantry.api.InvalidArgumentException;
import java.time.Duration;

/** The core's configuration, checked once: what new containers get when they name nothing else. */
public record Defaults(String cgroupParent, String runtime, String storage, String network, Duration stopTimeout,
        String initBinary, Duration providerTimeout, Duration layerTimeout) {

    /** The storage driver new containers get when the configured one is missing or unusable. */
    public static final String FALLBACK_STORAGE = "vfs";

    /** @throws InvalidArgumentException naming the first setting out of range */
    public static Defaults of(CoreConfig config) {
        if (config.stop_timeout() < 0) {
            throw new InvalidArgumentException("invalid stop.timeout " + config.stop_timeout()
                    + ": must be 0 or more seconds");
        }
        positive("provider.timeout", config.provider_timeout());
        positive("layer.timeout", config.layer_timeout());
        String parent = config.cgroup_parent().replaceAll("^/+|/+$", "");
        return new Defaults(parent, config.runtime_default(), config.storage_default(), config.network_default(),
                Duration.ofSeconds(config.stop_timeout()), config.init_binary().trim(),
                Duration.ofSeconds(config.provider_timeout()), Duration.ofSeconds(config.layer_timeout()));
    }

    /** The container's cgroup under the configured parent. */
    public String cgroupsPath(String id) {
        return cgroupParent.isEmpty() ? "/" + id : "/" + cgroupParent + "/" + id;
    }

    private static void positive(String name, int seconds) {
        if (seconds < 1) {
            throw new InvalidArgumentException("invalid " + name + " " + seconds + ": must be 1 or more seconds");
        }
    }
}
