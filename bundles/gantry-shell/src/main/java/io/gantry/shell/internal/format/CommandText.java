package io.gantry.shell.internal.format;

import io.gantry.api.container.ContainerConfig;
import java.util.ArrayList;
import java.util.List;

/** The COMMAND column of container:ps: entrypoint and command joined, cut to 20 characters, quoted. */
public final class CommandText {
    static final int WIDTH = 20;

    private CommandText() {
    }

    public static String of(ContainerConfig config, boolean truncate) {
        List<String> words = new ArrayList<>();
        if (config.entrypoint() != null) {
            words.addAll(config.entrypoint());
        }
        if (config.cmd() != null) {
            words.addAll(config.cmd());
        }
        String text = String.join(" ", words);
        if (truncate && text.length() > WIDTH) {
            text = text.substring(0, WIDTH - 1) + "…";
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
