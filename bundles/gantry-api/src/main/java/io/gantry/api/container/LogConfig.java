package io.gantry.api.container;

import io.gantry.api.NotImplementedException;
import java.util.Map;

/**
 * The log driver of a container and its options, as Docker's {@code --log-driver} and {@code --log-opt}.
 *
 * @param type the driver, {@code json-file}, {@code local}, {@code k8s-file} or {@code none}; null or empty for
 *     the engine's default
 * @param config the driver's options, such as {@code max-size}, {@code max-file} and {@code compress}
 */
public record LogConfig(String type, Map<String, String> config) {
    public static final String NONE = "none";

    public LogConfig {
        config = config == null ? Map.of() : Map.copyOf(config);
    }

    /** Whether the container keeps no log to read. */
    public boolean keepsNone() {
        return NONE.equals(type);
    }

    /**
     * @param log a container's, null for one created before log drivers existed (it keeps a log)
     * @throws NotImplementedException in Docker's words when the container keeps no log to read
     */
    public static void checkReadable(LogConfig log) {
        if (log != null && log.keepsNone()) {
            throw new NotImplementedException("configured logging driver does not support reading");
        }
    }
}
