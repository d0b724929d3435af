package io.gantry.testkit;

import io.gantry.api.config.EngineRoots;
import java.nio.file.Path;
import java.util.Map;

/** The engine roots as Config Admin would hand them to a component, pointed at a test's folders. */
public final class TestRoots {
    private TestRoots() {
    }

    public static EngineRoots of(Path dataRoot, Path runRoot) {
        return ConfigAnnotations.of(EngineRoots.class, Map.of("data_root", dataRoot.toString(),
                "run_root", runRoot.toString()));
    }

    /** Both roots in one folder of the test's, as data/ and run/. */
    public static EngineRoots under(Path root) {
        return of(root.resolve("data"), root.resolve("run"));
    }

    public static EngineRoots data(Path dataRoot) {
        return ConfigAnnotations.of(EngineRoots.class, Map.of("data_root", dataRoot.toString()));
    }

    public static EngineRoots run(Path runRoot) {
        return ConfigAnnotations.of(EngineRoots.class, Map.of("run_root", runRoot.toString()));
    }
}
