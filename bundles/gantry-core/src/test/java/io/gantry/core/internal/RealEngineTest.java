package io.gantry.core.internal;

import io.gantry.api.container.attach.StdioStream;
import java.nio.charset.StandardCharsets;
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

    protected static void write(StdioStream stdio, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        stdio.write(bytes, 0, bytes.length);
    }

    @AfterAll
    void closeTheEngine() throws Exception {
        real.close();
    }
}
