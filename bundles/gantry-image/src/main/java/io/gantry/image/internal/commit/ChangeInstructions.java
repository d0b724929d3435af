package io.gantry.image.internal.commit;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.network.PortSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Dockerfile instructions {@code docker commit --change} accepts, applied to an image config in order. Moby
 * takes CMD, ENTRYPOINT, ENV, EXPOSE, HEALTHCHECK, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME and WORKDIR and
 * refuses any other with its "x is not a valid change command". As in a Dockerfile, ENV, EXPOSE, LABEL, STOPSIGNAL,
 * USER, VOLUME and WORKDIR expand the variables of the environment that the instructions before them left.
 */
public final class ChangeInstructions {
    private static final Set<String> VALID = Set.of("cmd", "entrypoint", "env", "expose", "healthcheck", "label",
            "onbuild", "stopsignal", "user", "volume", "workdir");

    private ChangeInstructions() {
    }

    public static ImageConfig apply(ImageConfig config, List<String> changes) {
        List<String[]> instructions = new ArrayList<>();
        for (String change : changes) {
            for (String line : change.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+", 2);
                String command = parts[0].toLowerCase(Locale.ROOT);
                if (!VALID.contains(command)) {
                    throw new InvalidArgumentException(command + " is not a valid change command");
                }
                instructions.add(new String[] {command, parts.length > 1 ? parts[1].strip() : ""});
            }
        }
        Draft draft = new Draft(config);
        instructions.forEach(instruction -> draft.apply(instruction[0], instruction[1]));
        return draft.build();
    }

    /** The config's fields as they change instruction by instruction. */
    private static final class Draft {
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Map<String, String> labels;
        private final Set<String> exposedPorts;
        private final Set<String> volumes;
        private final List<String> onBuild;
        private List<String> entrypoint;
        private List<String> cmd;
        private String workingDir;
        private String user;
        private String stopSignal;
        private HealthConfig healthcheck;
        private boolean cmdSet;

        Draft(ImageConfig base) {
            base.env().forEach(this::putEnv);
            labels = new LinkedHashMap<>(base.labels() == null ? Map.of() : base.labels());
            exposedPorts = new LinkedHashSet<>(base.exposedPorts());
            volumes = new LinkedHashSet<>(base.volumes());
            entrypoint = base.entrypoint();
            cmd = base.cmd();
            workingDir = base.workingDir();
            user = base.user();
            stopSignal = base.stopSignal();
            healthcheck = base.healthcheck();
            onBuild = new ArrayList<>(base.onBuild());
        }

        void apply(String command, String arguments) {
            switch (command) {
                case "cmd" -> {
                    cmd = CommandForm.parse("CMD", arguments);
                    cmdSet = true;
                }
                case "entrypoint" -> {
                    entrypoint = CommandForm.parse("ENTRYPOINT", arguments);
                    if (!cmdSet) {
                        cmd = null;
                    }
                }
                case "env" -> env.putAll(KeyValues.parse("ENV", arguments, env));
                case "label" -> labels.putAll(KeyValues.parse("LABEL", arguments, env));
                case "expose" -> words("EXPOSE", arguments).forEach(port -> exposedPorts.add(PortSpec.normal(
                        expanded(port))));
                case "volume" -> CommandForm.list("VOLUME", arguments).forEach(v -> volumes.add(expanded(v)));
                case "user" -> user = expanded(single("USER", arguments));
                case "stopsignal" -> stopSignal = expanded(single("STOPSIGNAL", arguments));
                case "workdir" -> workingDir = workdir(expanded(single("WORKDIR", arguments)));
                case "healthcheck" -> healthcheck = HealthcheckInstruction.parse(arguments);
                case "onbuild" -> onBuild.add(OnBuildTrigger.check(arguments));
                default -> throw new IllegalStateException("not a change command: " + command);
            }
        }

        ImageConfig build() {
            List<String> envList = env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
            return new ImageConfig(envList, entrypoint, cmd, workingDir, user, labels, stopSignal,
                    List.copyOf(exposedPorts), List.copyOf(volumes), healthcheck, onBuild);
        }

        private String expanded(String word) {
            return ShellWords.word(word, env);
        }

        private void putEnv(String entry) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }

        private String workdir(String path) {
            if (path.startsWith("/")) {
                return path;
            }
            String current = workingDir == null || workingDir.isEmpty() ? "/" : workingDir;
            return (current.endsWith("/") ? current : current + "/") + path;
        }

        private static String single(String instruction, String arguments) {
            List<String> words = words(instruction, arguments);
            if (words.size() != 1) {
                throw new InvalidArgumentException(instruction + " requires exactly one argument");
            }
            return words.get(0);
        }

        private static List<String> words(String instruction, String arguments) {
            if (arguments.isEmpty()) {
                throw new InvalidArgumentException(instruction + " requires at least one argument");
            }
            return List.of(arguments.split("\\s+"));
        }
    }
}
