package io.gantry.storage.overlay.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

/** An {@link EngineConfig} whose roots are under a test's temporary directory. */
record TestConfig(Path dataRoot) implements EngineConfig {
    @Override
    public String data_root() {
        return dataRoot.toString();
    }

    @Override
    public String run_root() {
        return dataRoot.resolve("run").toString();
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return EngineConfig.class;
    }
}
