package io.gantry.api.shim;

import java.nio.file.Path;

/**
 * A running monitor.
 *
 * @param attachSocket the monitor's attach socket, or null if it has none
 */
public record ShimProcess(String containerId, int shimPid, int containerPid, Path attachSocket) {
}
