package io.gantry.net.bridge.internal;

import io.gantry.api.network.NetworkDriver;
import io.gantry.testkit.conformance.NetworkDriverConformanceTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

class BridgeNetworkDriverConformanceTest extends NetworkDriverConformanceTest {
    @RegisterExtension
    static final HostGuard HOST = new HostGuard();

    @Override
    protected NetworkDriver createDriver(Path dataRoot) {
        return TestHost.driver(dataRoot);
    }

    @Override
    protected List<String> hostTracesOf(String idOrName) {
        return TestHost.tracesOf(idOrName, dataRoot);
    }
}
