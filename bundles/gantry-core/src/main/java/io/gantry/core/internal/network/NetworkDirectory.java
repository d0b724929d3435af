package io.gantry.core.internal.network;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.provider.ProviderRegistry.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds driver networks by name or id prefix across every installed driver. "bridge" is the default network of
 * the bridge driver, which the driver creates at the first attach, so it resolves before it exists. The driver
 * of each network seen is remembered, so that a network whose driver went away is named as such.
 */
public final class NetworkDirectory {
    public static final String DEFAULT_DRIVER = "bridge";
    public static final String DEFAULT_NETWORK = "bridge";
    public static final Set<String> PREDEFINED = Set.of(DEFAULT_NETWORK, "host", "none");

    private final ProviderDirectory providers;
    private final Map<String, String> driverOfSeen = new ConcurrentHashMap<>();

    public NetworkDirectory(ProviderDirectory providers) {
        this.providers = providers;
    }

    /** A network of a driver; {@code info} is null for the default network before its first use. */
    public record Located(String driver, String name, NetworkInfo info) {
    }

    public static boolean isDriverNetwork(String networkMode) {
        return !networkMode.equals("none") && !networkMode.equals("host") && !networkMode.startsWith("container:");
    }

    public Located locate(String ref) {
        if (ref.equals(DEFAULT_NETWORK)) {
            NetworkDriver driver = providers.networkDriver(DEFAULT_DRIVER);
            NetworkInfo info = networksOf(DEFAULT_DRIVER, driver).stream()
                    .filter(n -> n.name().equals(DEFAULT_NETWORK)).findFirst().orElse(null);
            return new Located(DEFAULT_DRIVER, DEFAULT_NETWORK, info);
        }
        List<Located> byId = new ArrayList<>();
        for (Located network : all()) {
            if (network.name().equals(ref)) {
                return network;
            }
            if (network.info().id().startsWith(ref)) {
                byId.add(network);
            }
        }
        if (byId.size() > 1) {
            throw new InvalidArgumentException("network id prefix " + ref + " matches " + byId.size() + " networks");
        }
        String goneDriver = driverOfSeen.get(ref);
        if (byId.isEmpty() && goneDriver != null && installedDriver(goneDriver).isEmpty()) {
            throw new NotFoundException("network driver " + goneDriver + " of network " + ref + " is not installed");
        }
        if (byId.isEmpty()) {
            throw new NotFoundException("network " + ref + " not found");
        }
        return byId.get(0);
    }

    public List<Located> all() {
        List<Located> all = new ArrayList<>();
        for (Named<NetworkDriver> driver : providers.networks.active()) {
            networksOf(driver.name(), driver.provider())
                    .forEach(info -> all.add(new Located(driver.name(), info.name(), info)));
        }
        all.forEach(network -> driverOfSeen.put(network.name(), network.driver()));
        return all;
    }

    /** After its driver removed it. */
    public void forget(String network) {
        driverOfSeen.remove(network);
    }

    public NetworkDriver driver(String name) {
        return providers.networkDriver(name);
    }

    public Optional<NetworkDriver> installedDriver(String name) {
        return providers.networks.get(name);
    }

    public List<Named<NetworkDriver>> activeDrivers() {
        return providers.networks.active();
    }

    private List<NetworkInfo> networksOf(String name, NetworkDriver driver) {
        return providers.call("network driver " + name, driver::networks);
    }
}
