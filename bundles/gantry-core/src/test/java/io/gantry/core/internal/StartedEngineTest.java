package io.gantry.core.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of tests that each get a fresh {@link EngineFixture} with its engine started and every provider bound. */
abstract class StartedEngineTest {
    @TempDir
    Path root;
    EngineFixture fx;
    CoreAssembly engine;

    @BeforeEach
    void startEngine() {
        fx = new EngineFixture(root);
        engine = fx.startEngine();
    }

    @AfterEach
    void closeFixture() throws Exception {
        fx.close();
    }
}
