package io.gantry.core.internal.volume;

import io.gantry.api.container.Container;
import io.gantry.api.container.Mount;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerIndex;
import java.util.List;

/** Which containers use a volume: every one whose mounts name it, running or not. */
final class VolumeUsers {
    private final ContainerIndex index;

    VolumeUsers(ContainerIndex index) {
        this.index = index;
    }

    List<Container> of(String volume) {
        return index.all().stream().filter(h -> !h.isRemoved()).map(ContainerHandle::view)
                .filter(c -> names(c, volume)).toList();
    }

    static boolean isNamedVolume(Mount mount) {
        return mount.type() == Mount.Type.VOLUME && mount.source() != null && !mount.source().startsWith("/");
    }

    private static boolean names(Container container, String volume) {
        return container.config().mounts().stream().anyMatch(m -> isNamedVolume(m) && m.source().equals(volume));
    }
}
