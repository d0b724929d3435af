package io.gantry.api.container.log;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.LogConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The log drivers a container can choose and their options. Every driver keeps conmon's k8s-file format on disk;
 * {@code none} keeps nothing and, as in Docker, takes any option. The engine's default options apply to a
 * container that names no driver or the default one, as Docker's daemon-wide log options do. json-file takes
 * Docker's attribute options (labels, env, tag ...) too; they are kept in the config only, since the k8s-file lines
 * have no room for attributes.
 */
public final class LogDrivers {
    public static final String JSON_FILE = "json-file";
    public static final String LOCAL = "local";
    public static final String K8S_FILE = "k8s-file";
    /** Every driver, as {@code docker info} lists them. */
    public static final List<String> NAMES = List.of(JSON_FILE, LOCAL, K8S_FILE, LogConfig.NONE);

    private static final Set<String> ROTATING = Set.of(Rotation.MAX_SIZE, Rotation.MAX_FILE, Rotation.COMPRESS);
    private static final Set<String> JSON_FILE_OPTIONS = Set.of(Rotation.MAX_SIZE, Rotation.MAX_FILE,
            Rotation.COMPRESS, "labels", "labels-regex", "env", "env-regex", "tag");
    private static final Map<String, Set<String>> OPTIONS = Map.of(JSON_FILE, JSON_FILE_OPTIONS, LOCAL, ROTATING,
            K8S_FILE, Set.of());
    /** Docker's words for an unknown option differ for local; k8s-file is not Docker's, it gets json-file's. */
    private static final Map<String, String> UNKNOWN_OPTION = Map.of(LOCAL, "unknown log opt '%s' for log driver %s");
    private static final Map<String, String> LOCAL_DEFAULTS = Map.of(Rotation.MAX_SIZE, "20m",
            Rotation.MAX_FILE, "5", Rotation.COMPRESS, "true");

    private LogDrivers() {
    }

    /**
     * The driver and options a container gets, checked.
     *
     * @param requested the container's, null or with an empty type for the engine's default
     * @param engineDefault the engine's, already checked
     * @throws InvalidArgumentException naming the unknown driver, or the option that is unknown or wrong
     */
    public static LogConfig effective(LogConfig requested, LogConfig engineDefault) {
        String type = requested == null || requested.type() == null || requested.type().isEmpty()
                ? engineDefault.type() : requested.type();
        Map<String, String> options = new LinkedHashMap<>();
        if (type.equals(engineDefault.type())) {
            options.putAll(engineDefault.config());
        }
        if (requested != null) {
            options.putAll(requested.config());
        }
        if (type.equals(LOCAL)) {
            LOCAL_DEFAULTS.forEach(options::putIfAbsent);
        }
        return check(new LogConfig(type, options));
    }

    /** @throws InvalidArgumentException naming the unknown driver, or the option that is unknown or wrong */
    public static LogConfig check(LogConfig log) {
        if (log.keepsNone()) {
            return log;
        }
        Set<String> known = OPTIONS.get(log.type());
        if (known == null) {
            throw new InvalidArgumentException("logger: no log driver named '" + log.type() + "' is registered");
        }
        for (String option : log.config().keySet()) {
            if (!known.contains(option)) {
                throw new InvalidArgumentException(String.format(UNKNOWN_OPTION.getOrDefault(log.type(),
                        "unknown log opt '%s' for %s log driver"), option, log.type()));
            }
        }
        Rotation.of(log);
        return log;
    }

    /** How the log is rotated; legacy records without a log config never rotate, nor does none keep a log. */
    public static Rotation rotation(LogConfig log) {
        return log == null || log.keepsNone() ? new Rotation(0, 1, false) : Rotation.of(log);
    }
}
