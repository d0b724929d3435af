package io.gantry.core.internal.attach;

import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.shim.ShimManager;
import io.gantry.core.internal.provider.ProviderDirectory;

/** Connects to a container's stdio through its shim; stdin only if asked for and the container keeps it open. */
public final class ShimStdio {
    private ShimStdio() {
    }

    public static StdioStream connect(ProviderDirectory providers, String id, String name, boolean openStdin,
            boolean stdin) {
        ShimManager shim = providers.shim();
        StdioStream stream = providers.call("shim", () -> shim.attach(id));
        return stdin && openStdin ? stream : new OutputOnlyStdio(stream, name);
    }
}
