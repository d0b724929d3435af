package io.gantry.shell.internal.format;

import io.gantry.api.container.ContainerConfig;

/** The COMMAND column of container:ps: entrypoint and command joined, cut to 20 characters, quoted. */
public final class CommandText {
    static final int WIDTH = 20;

    private CommandText() {
    }

    public static String of(ContainerConfig config, boolean truncate) {
        String text = String.join(" ", config.command());
        if (truncate && text.length() > WIDTH) {
            text = text.substring(0, WIDTH - 1) + "…";
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
