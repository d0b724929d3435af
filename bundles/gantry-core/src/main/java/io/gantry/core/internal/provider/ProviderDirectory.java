package io.gantry.core.internal.provider;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.NotFoundException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.storage.StorageDriver;
import io.gantry.api.system.ProviderInfo;
import io.gantry.api.volume.VolumeDriver;
import io.gantry.core.internal.settings.Defaults;
import io.gantry.core.internal.settings.EngineSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Every bound provider, keyed by name, with the look-ups that turn a missing one into a clear error and the
 * calls that never hang. Providers come and go at any time; for each name the best-ranked one is used.
 */
@Component(service = ProviderDirectory.class)
public final class ProviderDirectory {
    public final ProviderRegistry<NamespaceProvider> namespaces =
            new ProviderRegistry<>("namespace", (p, props) -> p.type().name().toLowerCase(Locale.ROOT));
    public final ProviderRegistry<CgroupController> cgroups =
            new ProviderRegistry<>("cgroup", (p, props) -> p.name());
    public final ProviderRegistry<StorageDriver> storage = new ProviderRegistry<>("storage", (p, props) -> p.name());
    public final ProviderRegistry<NetworkDriver> networks = new ProviderRegistry<>("network", (p, props) -> p.name());
    public final ProviderRegistry<OciRuntime> runtimes = new ProviderRegistry<>("runtime", (p, props) -> p.name());
    public final ProviderRegistry<VolumeDriver> volumes = new ProviderRegistry<>("volume", (p, props) -> p.name());
    /** The best-ranked shim serves every container. */
    public final ProviderRegistry<ShimManager> shims = new ProviderRegistry<>("shim", (p, props) -> p.name());

    private final EngineSettings settings;
    private final ProviderCalls calls = new ProviderCalls();
    private final Set<ProviderListener> listeners = new CopyOnWriteArraySet<>();

    @Activate
    public ProviderDirectory(@Reference(name = "settings") EngineSettings settings) {
        this.settings = settings;
    }

    @Deactivate
    public void deactivate() {
        calls.close();
    }

    /** Calls a provider within the configured time; {@code provider} names it in errors ("runtime runc"). */
    public <T> T call(String provider, Supplier<T> call) {
        return calls.get(provider, settings.defaults().providerTimeout(), call);
    }

    public void run(String provider, Runnable call) {
        call(provider, () -> {
            call.run();
            return null;
        });
    }

    /** Like {@link #run}, with the longer time allowed for unpacking an image layer. */
    public void runUnpacking(String provider, Runnable call) {
        Duration limit = settings.defaults().layerTimeout();
        calls.get(provider, limit, () -> {
            call.run();
            return null;
        });
    }

    /** Listeners hear of shims already bound at once. */
    public void addListener(ProviderListener listener) {
        listeners.add(listener);
        shims.all().forEach(listener::shimAdded);
    }

    public void removeListener(ProviderListener listener) {
        listeners.remove(listener);
    }

    public OciRuntime runtime(String name) {
        return runtimes.get(name).orElseThrow(() -> new NotFoundException(
                "no runtime named " + name + " is installed" + installed(runtimes.names())));
    }

    public StorageDriver storageDriver(String name) {
        return storage.get(name).orElseThrow(() -> new FailedPreconditionException(
                "no storage driver named " + name + " is installed" + installed(storage.names())));
    }

    /** The preferred driver if it is installed and works on this host, else vfs. */
    public StorageDriver defaultStorage(String preferred) {
        Optional<StorageDriver> chosen = storage.get(preferred).filter(d -> call("storage driver " + preferred,
                d::isSupported));
        return chosen.or(() -> storage.get(Defaults.FALLBACK_STORAGE)).orElseThrow(() -> storage.names().isEmpty()
                ? new FailedPreconditionException("no storage driver is installed")
                : new FailedPreconditionException("storage driver " + preferred + " is not usable and no "
                        + Defaults.FALLBACK_STORAGE + " driver is installed" + installed(storage.names())));
    }

    public ShimManager shim() {
        return shims.best().orElseThrow(() -> new FailedPreconditionException("no container shim is installed"));
    }

    public VolumeDriver volumeDriver(String name) {
        return volumes.get(name).orElseThrow(() -> new NotFoundException(
                "no volume driver named " + name + " is installed" + installed(volumes.names())));
    }

    public NetworkDriver networkDriver(String name) {
        return networks.get(name).orElseThrow(() -> new NotFoundException(
                "no network driver named " + name + " is installed" + installed(networks.names())));
    }

    public List<ProviderInfo> describe() {
        List<ProviderInfo> all = new ArrayList<>();
        all.addAll(namespaces.describe(false));
        all.addAll(cgroups.describe(false));
        all.addAll(storage.describe(false));
        all.addAll(networks.describe(false));
        all.addAll(volumes.describe(false));
        all.addAll(runtimes.describe(false));
        all.addAll(shims.describe(true));
        return all;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindNamespaceProvider(NamespaceProvider provider, Map<String, Object> properties) {
        namespaces.bind(provider, properties);
    }

    public void unbindNamespaceProvider(NamespaceProvider provider) {
        namespaces.unbind(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindCgroupController(CgroupController controller, Map<String, Object> properties) {
        cgroups.bind(controller, properties);
    }

    public void unbindCgroupController(CgroupController controller) {
        cgroups.unbind(controller);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindStorageDriver(StorageDriver driver, Map<String, Object> properties) {
        storage.bind(driver, properties);
    }

    public void unbindStorageDriver(StorageDriver driver) {
        storage.unbind(driver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindNetworkDriver(NetworkDriver driver, Map<String, Object> properties) {
        networks.bind(driver, properties);
        listeners.forEach(ProviderListener::providerAdded);
    }

    public void unbindNetworkDriver(NetworkDriver driver) {
        networks.unbind(driver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindVolumeDriver(VolumeDriver driver, Map<String, Object> properties) {
        volumes.bind(driver, properties);
        listeners.forEach(ProviderListener::providerAdded);
    }

    public void unbindVolumeDriver(VolumeDriver driver) {
        volumes.unbind(driver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindOciRuntime(OciRuntime runtime, Map<String, Object> properties) {
        runtimes.bind(runtime, properties);
        listeners.forEach(ProviderListener::providerAdded);
    }

    public void unbindOciRuntime(OciRuntime runtime) {
        runtimes.unbind(runtime);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindShimManager(ShimManager shim, Map<String, Object> properties) {
        shims.bind(shim, properties);
        listeners.forEach(listener -> listener.shimAdded(shim));
        listeners.forEach(ProviderListener::providerAdded);
    }

    public void unbindShimManager(ShimManager shim) {
        listeners.forEach(listener -> listener.shimRemoved(shim));
        shims.unbind(shim);
    }

    private static String installed(SortedSet<String> names) {
        return names.isEmpty() ? "" : " (installed: " + String.join(", ", names) + ")";
    }
}
