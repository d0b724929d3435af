package io.gantry.core.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.NotFoundException;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import io.gantry.core.internal.TestProviders;
import io.gantry.core.internal.provider.ProviderDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Looking up networks while their driver comes and goes. */
class NetworkDirectoryTest {
    private final ProviderDirectory providers = TestProviders.directory();
    private final NetworkDirectory directory = new NetworkDirectory(providers);
    private final NetworkDriver driver = new OneNetworkDriver();

    @Test
    void aNetworkWhoseDriverWentAwayNamesTheMissingDriver() {
        providers.bindNetworkDriver(driver, Map.of("service.id", 1L));
        assertEquals("bridge", directory.locate("web").driver());

        providers.unbindNetworkDriver(driver);

        NotFoundException gone = assertThrows(NotFoundException.class, () -> directory.locate("web"));
        assertEquals("network driver bridge of network web is not installed", gone.getMessage());
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> directory.locate("other"));
        assertEquals("network other not found", unknown.getMessage());
        NotFoundException noDriver = assertThrows(NotFoundException.class, () -> directory.driver("bridge"));
        assertEquals("no network driver named bridge is installed", noDriver.getMessage());
    }

    @Test
    void aRemovedNetworkIsForgotten() {
        providers.bindNetworkDriver(driver, Map.of("service.id", 1L));
        directory.all();
        directory.forget("web");
        providers.unbindNetworkDriver(driver);

        NotFoundException unknown = assertThrows(NotFoundException.class, () -> directory.locate("web"));
        assertEquals("network web not found", unknown.getMessage());
    }

    /** A "bridge" driver that knows one network, "web". */
    private static final class OneNetworkDriver implements NetworkDriver {
        @Override
        public String name() {
            return "bridge";
        }

        @Override
        public NetworkInfo create(NetworkSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(String network) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<NetworkInfo> networks() {
            return List.of(new NetworkInfo("0123456789abcdef", "web", "bridge", "10.250.0.0/24", "10.250.0.1", false,
                    Map.of(), Map.of(), Set.of()));
        }

        @Override
        public NetworkAttachment attach(String containerId, String network, Path netns, EndpointSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void detach(String containerId, String network, Path netns) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> hostsEntries(String network) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void reconcile(Set<String> liveContainerIds) {
            throw new UnsupportedOperationException();
        }
    }
}
