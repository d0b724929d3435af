package io.gantry.net.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.network.NetworkDriver;
import io.gantry.testkit.conformance.NetworkDriverConformanceTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class BridgeNetworkDriverConformanceTest extends NetworkDriverConformanceTest {
    @Override
    protected NetworkDriver createDriver(Path dataRoot) {
        return TestHost.driver(dataRoot);
    }

    @Override
    protected List<String> hostTracesOf(String idOrName) {
        return TestHost.tracesOf(idOrName, dataRoot);
    }

    private static String ipForward;

    @BeforeAll
    static void saveIpForward() throws IOException {
        ipForward = TestHost.ipForward();
    }

    @AfterAll
    static void noTestBridgeOrChainIsLeft() throws IOException {
        TestHost.restoreIpForward(ipForward);
        assertEquals(List.of(), TestHost.testLeftovers());
    }
}
