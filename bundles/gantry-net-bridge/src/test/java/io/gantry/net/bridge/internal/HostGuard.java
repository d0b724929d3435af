package io.gantry.net.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that runs the driver on the real host: puts back the forwarding switches the driver turns on,
 * and checks that no test bridge or chain of either family is left once the class is done.
 */
final class HostGuard implements BeforeAllCallback, AfterAllCallback {
    private String forwarding;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        forwarding = TestHost.forwarding();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        TestHost.restoreForwarding(forwarding);
        assertEquals(List.of(), TestHost.testLeftovers());
    }
}
