package io.gantry.core.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.NotFoundException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.storage.StorageDriver;
import io.gantry.api.system.ProviderInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;

/** Every bound provider, with the look-ups that turn a missing one into a clear error. */
final class Providers {
    final ProviderRegistry<NamespaceProvider> namespaces =
            new ProviderRegistry<>("namespace", (p, props) -> p.type().name().toLowerCase(Locale.ROOT));
    final ProviderRegistry<CgroupController> cgroups = new ProviderRegistry<>("cgroup", (p, props) -> p.name());
    final ProviderRegistry<StorageDriver> storage = new ProviderRegistry<>("storage", (p, props) -> p.name());
    final ProviderRegistry<NetworkDriver> networks = new ProviderRegistry<>("network", (p, props) -> p.name());
    final ProviderRegistry<OciRuntime> runtimes = new ProviderRegistry<>("runtime", (p, props) -> p.name());
    /** The best-ranked shim serves every container. */
    final ProviderRegistry<ShimManager> shims = new ProviderRegistry<>("shim", (p, props) -> p.name());

    OciRuntime runtime(String name) {
        return runtimes.get(name).orElseThrow(() -> new NotFoundException(
                "no runtime named " + name + " is installed" + installed(runtimes.names())));
    }

    StorageDriver storageDriver(String name) {
        return storage.get(name).orElseThrow(() -> new FailedPreconditionException(
                "no storage driver named " + name + " is installed" + installed(storage.names())));
    }

    /** The preferred driver if it is installed and works on this host, else vfs. */
    StorageDriver defaultStorage(String preferred) {
        Optional<StorageDriver> chosen = storage.get(preferred).filter(d -> ProviderCalls.get(
                "storage driver " + preferred, d::isSupported));
        return chosen.or(() -> storage.get(Settings.FALLBACK_STORAGE)).orElseThrow(() -> storage.names().isEmpty()
                ? new FailedPreconditionException("no storage driver is installed")
                : new FailedPreconditionException("storage driver " + preferred + " is not usable and no "
                        + Settings.FALLBACK_STORAGE + " driver is installed" + installed(storage.names())));
    }

    ShimManager shim() {
        return shims.best().orElseThrow(() -> new FailedPreconditionException("no container shim is installed"));
    }

    NetworkDriver networkDriver(String name) {
        return networks.get(name).orElseThrow(() -> new NotFoundException(
                "no network driver named " + name + " is installed" + installed(networks.names())));
    }

    List<ProviderInfo> describe() {
        List<ProviderInfo> all = new ArrayList<>();
        all.addAll(namespaces.describe(false));
        all.addAll(cgroups.describe(false));
        all.addAll(storage.describe(false));
        all.addAll(networks.describe(false));
        all.addAll(runtimes.describe(false));
        all.addAll(shims.describe(true));
        return all;
    }

    private static String installed(SortedSet<String> names) {
        return names.isEmpty() ? "" : " (installed: " + String.join(", ", names) + ")";
    }
}
