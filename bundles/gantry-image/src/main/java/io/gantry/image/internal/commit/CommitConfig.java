package io.gantry.image.internal.commit;

import io.gantry.api.image.ImageConfig;
import java.util.List;

/** The config a commit request gives over the container's, as moby merges them: set fields win. */
final class CommitConfig {
    private CommitConfig() {
    }

    static ImageConfig merge(ImageConfig overrides, ImageConfig container) {
        if (overrides == null) {
            return container;
        }
        return new ImageConfig(
                or(overrides.env(), container.env()),
                or(overrides.entrypoint(), container.entrypoint()),
                or(overrides.cmd(), container.cmd()),
                or(overrides.workingDir(), container.workingDir()),
                or(overrides.user(), container.user()),
                overrides.labels() == null || overrides.labels().isEmpty() ? container.labels() : overrides.labels(),
                or(overrides.stopSignal(), container.stopSignal()),
                or(overrides.exposedPorts(), container.exposedPorts()),
                or(overrides.volumes(), container.volumes()),
                overrides.healthcheck() != null ? overrides.healthcheck() : container.healthcheck());
    }

    private static <T> List<T> or(List<T> given, List<T> fallback) {
        return given == null || given.isEmpty() ? fallback : given;
    }

    private static String or(String given, String fallback) {
        return given == null || given.isEmpty() ? fallback : given;
    }
}
