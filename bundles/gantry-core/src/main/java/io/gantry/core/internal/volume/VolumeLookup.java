package io.gantry.core.internal.volume;

import io.gantry.api.NotFoundException;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeDriver;
import io.gantry.api.volume.VolumeNames;
import io.gantry.core.internal.provider.ProviderDirectory;
import java.util.List;
import java.util.Optional;

/** Finds a volume by name in whichever installed volume driver has it. */
final class VolumeLookup {
    private final ProviderDirectory providers;

    VolumeLookup(ProviderDirectory providers) {
        this.providers = providers;
    }

    Optional<Volume> find(String name) {
        if (!VolumeNames.isValid(name)) {
            return Optional.empty();
        }
        for (VolumeDriver driver : drivers()) {
            Optional<Volume> held = in(driver, name);
            if (held.isPresent()) {
                return held;
            }
        }
        return Optional.empty();
    }

    Optional<Volume> in(VolumeDriver driver, String name) {
        try {
            return Optional.of(providers.call("volume driver " + driver.name(), () -> driver.get(name)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The active driver of each name. */
    List<VolumeDriver> drivers() {
        return providers.volumes.active().stream().map(named -> named.provider()).toList();
    }
}
