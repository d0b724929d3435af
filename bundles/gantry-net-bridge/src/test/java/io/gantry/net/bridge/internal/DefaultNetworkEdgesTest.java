package io.gantry.net.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkDriver;
import io.gantry.testkit.ConfigAnnotations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default network before it exists, and a default bridge the kernel refuses. */
class DefaultNetworkEdgesTest {
    /** Longer than the kernel's 15 characters for an interface name. */
    private static final String BAD_BRIDGE = "gt-test" + TestHost.RUN + "-much-too-long";

    @TempDir
    Path dataRoot;

    @Test
    void detachingFromTheDefaultNetworkBeforeItsFirstUseHasNothingToUndo() {
        NetworkDriver driver = TestHost.driver(dataRoot);

        driver.detach("c0ffee", "bridge", dataRoot.resolve("netns"));

        assertEquals(List.of(), driver.networks());
        assertFalse(TestHost.linkNames().contains(TestHost.DEFAULT_BRIDGE));
    }

    @Test
    void anUnusableDefaultBridgeIsAClearErrorAndLeavesNothing() throws Exception {
        NetworkDriver driver = new BridgeNetworkDriver(
                ConfigAnnotations.of(EngineRoots.class, Map.of("data_root", dataRoot.toString())),
                ConfigAnnotations.of(BridgeConfig.class, Map.of("bridge_name", BAD_BRIDGE,
                        "bridge_prefix", TestHost.BRIDGE_PREFIX, "chain_prefix", TestHost.CHAIN_PREFIX)));
        Path netns = Files.createFile(dataRoot.resolve("netns"));

        GantryException failure = assertThrows(GantryException.class,
                () -> driver.attach("c0ffee", "bridge", netns, EndpointSpec.named("web")));

        assertTrue(failure.getMessage().contains("cannot set up bridge " + BAD_BRIDGE + " of network bridge"),
                failure.getMessage());
        assertEquals(0, driver.networks().size());
        assertFalse(TestHost.linkNames().contains(BAD_BRIDGE));
        assertEquals(List.of(), TestHost.testLeftovers(), "no chain of the driver stays");
        assertFalse(Files.exists(dataRoot.resolve("network/bridge/leases.json")));
    }
}
