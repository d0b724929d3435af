package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.StdioStream;
import io.gantry.api.shim.ShimManager;

/** Live stdio of a running container's main process, through its shim. */
final class ContainerStdio {
    private final EngineParts parts;

    ContainerStdio(EngineParts parts) {
        this.parts = parts;
    }

    StdioStream attach(ContainerHandle handle, boolean stdin) {
        Container container = RunningContainer.require(handle);
        ShimManager shim = parts.providers().shim();
        StdioStream stream = ProviderCalls.get("shim", () -> shim.attach(handle.id()));
        return stdin && container.config().openStdin() ? stream : new OutputOnlyStdio(stream, container.name());
    }

    void resize(ContainerHandle handle, int height, int width) {
        TerminalSize.check(height, width);
        Container container = RunningContainer.require(handle);
        if (!container.config().tty()) {
            throw new ConflictException("container " + container.name() + " has no terminal to resize");
        }
        ShimManager shim = parts.providers().shim();
        ProviderCalls.run("shim", () -> shim.resize(handle.id(), height, width));
    }
}
