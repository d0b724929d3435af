package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.image.ImageConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The process part of a container: the config's values over the image's, as Docker merges them. */
public final class ProcessDefaults {
    static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private ProcessDefaults() {
    }

    /** Entrypoint followed by cmd, the config's over the image's ({@link ContainerConfig#withImageCommand}). */
    static List<String> args(ContainerConfig config, ImageConfig image) {
        List<String> args = config.withImageCommand(image).command();
        if (args.isEmpty()) {
            throw new InvalidArgumentException("no command specified for image " + config.image());
        }
        return args;
    }

    /** Image env, overridden by key by the config's; a bare "KEY" in the config removes KEY; PATH defaults. */
    public static Map<String, String> env(ContainerConfig config, ImageConfig image) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", DEFAULT_PATH);
        for (String entry : orEmpty(image.env())) {
            put(env, entry);
        }
        for (String entry : config.env()) {
            if (entry.indexOf('=') < 0) {
                env.remove(entry);
            } else {
                put(env, entry);
            }
        }
        return env;
    }

    static String workingDir(ContainerConfig config, ImageConfig image) {
        if (config.workingDir() != null && !config.workingDir().isEmpty()) {
            return config.workingDir();
        }
        return image.workingDir() != null && !image.workingDir().isEmpty() ? image.workingDir() : "/";
    }

    static String user(ContainerConfig config, ImageConfig image) {
        return config.user() != null && !config.user().isEmpty() ? config.user() : image.user();
    }

    /** @throws InvalidArgumentException for an entry without a name, e.g. "=x" */
    public static void checkEnv(List<String> env) {
        for (String entry : env) {
            if (entry.isEmpty() || entry.startsWith("=")) {
                throw new InvalidArgumentException("invalid environment variable \"" + entry + "\": no name");
            }
        }
    }

    private static void put(Map<String, String> env, String entry) {
        int eq = entry.indexOf('=');
        if (eq > 0) {
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
