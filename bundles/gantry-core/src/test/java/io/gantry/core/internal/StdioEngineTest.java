package io.gantry.core.internal;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** Base of tests that need live stdio: the engine's shim is a {@link StdioShim} over the fixture's FakeShim. */
abstract class StdioEngineTest extends StartedEngineTest {
    StdioShim shim;

    @BeforeEach
    void useStdioShim() {
        shim = new StdioShim(fx.shim);
        engine.providers.unbindShimManager(fx.shim);
        engine.providers.bindShimManager(shim, Map.of("service.id", 8L));
    }

    Container run(ContainerConfig.Builder config) {
        Container created = engine.lifecycle.create(config.build());
        engine.lifecycle.start(created.id());
        return engine.lifecycle.inspect(created.id());
    }
}
