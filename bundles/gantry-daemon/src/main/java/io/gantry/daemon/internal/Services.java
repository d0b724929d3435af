package io.gantry.daemon.internal;

import io.gantry.api.container.ContainerService;
import io.gantry.api.image.ImageService;
import io.gantry.api.network.NetworkService;
import io.gantry.api.system.SystemService;

/** The engine services the API maps onto, plus the daemon's own event history. */
record Services(ContainerService containers, ImageService images, SystemService system, NetworkService networks,
        EventHistory events) {
}
