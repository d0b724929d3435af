package io.gantry.core.internal;

import io.gantry.core.internal.settings.CoreConfig;
import io.gantry.testkit.ConfigAnnotations;
import java.util.HashMap;
import java.util.Map;

/** The core's configuration for tests: containers join no network unless they ask, and the stop timeout is given. */
public final class TestCoreConfig {
    private TestCoreConfig() {
    }

    public static CoreConfig withStopTimeout(int seconds) {
        return with(Map.of("stop_timeout", seconds));
    }

    public static CoreConfig defaults() {
        return with(Map.of());
    }

    /** The test defaults, overridden by {@code values} (attribute names as in {@link CoreConfig}). */
    public static CoreConfig with(Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(Map.of("network_default", "none"));
        all.putAll(values);
        return ConfigAnnotations.of(CoreConfig.class, all);
    }
}
