package io.gantry.api.container;

/** How a container ended: its exit code (128 + signal when killed) and whether the OOM killer did it. */
public record ExitStatus(int exitCode, boolean oomKilled) {
}
