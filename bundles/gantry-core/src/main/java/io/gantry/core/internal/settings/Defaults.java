package io.gantry.core.internal.settings;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.LogConfig;
import io.gantry.api.container.log.LogDrivers;
import io.gantry.core.internal.spec.CgroupParent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The core's configuration, checked once: what new containers get when they name nothing else. */
public record Defaults(String cgroupParent, String runtime, String storage, String network, Duration stopTimeout,
        String initBinary, Duration providerTimeout, Duration layerTimeout, LogConfig log) {

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
                Duration.ofSeconds(config.provider_timeout()), Duration.ofSeconds(config.layer_timeout()),
                logDefault(config));
    }

    /** The container's cgroup under its own parent (--cgroup-parent) when it names one, else the configured one. */
    public String cgroupsPath(String ownParent, String id) {
        String parent = ownParent == null ? cgroupParent : CgroupParent.normalize(ownParent);
        return parent.isEmpty() ? "/" + id : "/" + parent + "/" + id;
    }

    private static LogConfig logDefault(CoreConfig config) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : config.log_opts().split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new InvalidArgumentException("invalid log.opts entry '" + pair.trim() + "': must be key=value");
            }
            options.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return LogDrivers.check(new LogConfig(config.log_driver().trim(), options));
    }

    private static void positive(String name, int seconds) {
        if (seconds < 1) {
            throw new InvalidArgumentException("invalid " + name + " " + seconds + ": must be 1 or more seconds");
        }
    }
}
