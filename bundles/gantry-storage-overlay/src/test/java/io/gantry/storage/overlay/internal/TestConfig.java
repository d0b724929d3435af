package io.gantry.storage.overlay.internal;

import io.gantry.api.config.EngineRoots;
import io.gantry.testkit.ConfigAnnotations;
import java.nio.file.Path;
import java.util.Map;

/** {@link EngineRoots}s whose roots are under a test's temporary directory. */
final class TestConfig {
    private TestConfig() {
    }

    static EngineRoots under(Path dataRoot) {
        return ConfigAnnotations.of(EngineRoots.class,
                Map.of("data_root", dataRoot.toString(), "run_root", dataRoot.resolve("run").toString()));
    }
}
