package io.gantry.core.internal;

import io.gantry.api.image.ImageService;
import java.util.concurrent.Executor;

/** The shared state and services that the engine's operations work with. */
record EngineParts(Settings settings, Providers providers, ContainerIndex index, ContainerStore store,
        ContainerNames names, ImageService images, ContainerEvents events, Waiters waiters, LogFollowers followers,
        ExecRegistry execs, Executor executor, ContainerNetworks networks) {
}
