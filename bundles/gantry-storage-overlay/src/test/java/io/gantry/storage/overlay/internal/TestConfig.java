package io.gantry.storage.overlay.internal;

import io.gantry.testkit.ConfigAnnotations;
import java.nio.file.Path;
import java.util.Map;

/** {@link EngineConfig}s whose roots are under a test's temporary directory. */
final class TestConfig {
    private TestConfig() {
    }

    static EngineConfig under(Path dataRoot) {
        return ConfigAnnotations.of(EngineConfig.class,
                Map.of("data_root", dataRoot.toString(), "run_root", dataRoot.resolve("run").toString()));
    }
}
