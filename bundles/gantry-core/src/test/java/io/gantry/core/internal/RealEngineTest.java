package io.gantry.core.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Tests on one {@link RealEngine} (real runc and conmon) per class, closed with everything it ran. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealEngineTest {
    protected RealEngine real;

    @BeforeAll
    void startTheEngine() throws Exception {
        real = new RealEngine();
    }

    @AfterAll
    void closeTheEngine() throws Exception {
        real.close();
    }
}
