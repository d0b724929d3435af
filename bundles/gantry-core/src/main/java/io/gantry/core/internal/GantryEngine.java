package io.gantry.core.internal;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerService;
import io.gantry.api.container.ContainerStats;
import io.gantry.api.container.ExecConfig;
import io.gantry.api.container.ExecInfo;
import io.gantry.api.container.FileChange;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.LogEntry;
import io.gantry.api.container.LogOptions;
import io.gantry.api.container.PathStat;
import io.gantry.api.container.Resources;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.StdioStream;
import io.gantry.api.container.TopResult;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.ImageService;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.storage.StorageDriver;
import io.gantry.api.system.SystemInfo;
import io.gantry.api.system.SystemService;
import io.gantry.natives.Syscalls;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The container engine: the lifecycle, network and system services, over whatever providers are bound.
 * Providers come and go at any time; containers keep running when this component goes away.
 * The image service and the event bus are static references: replacing either restarts this component,
 * which is cheap and safe because containers live outside the JVM and recovery adopts them again. For the
 * same reason a configuration change simply restarts it (there is no modified method): a new data root
 * needs a fresh index anyway.
 */
@Component(service = {ContainerService.class, SystemService.class, NetworkService.class},
        configurationPid = {"io.gantry.engine", "io.gantry.core"}, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class GantryEngine implements ContainerService, SystemService, NetworkService {
    private final Engine engine;

    @Activate
    public GantryEngine(CoreConfig config, @Reference(name = "imageService") ImageService images,
            @Reference(name = "eventBus") EventBus events) {
        this.engine = new Engine(Settings.of(config), images, events);
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    // ContainerService

    @Override
    public Container create(ContainerConfig config) {
        return engine.containers().create(config);
    }

    @Override
    public void start(String ref) {
        engine.containers().start(ref);
    }

    @Override
    public void stop(String ref, Duration timeout) {
        engine.containers().stop(ref, timeout);
    }

    @Override
    public void kill(String ref, String signal) {
        engine.containers().kill(ref, signal);
    }

    @Override
    public void restart(String ref, Duration timeout) {
        engine.containers().restart(ref, timeout);
    }

    @Override
    public void pause(String ref) {
        engine.containers().pause(ref);
    }

    @Override
    public void unpause(String ref) {
        engine.containers().unpause(ref);
    }

    @Override
    public void rename(String ref, String newName) {
        engine.containers().rename(ref, newName);
    }

    @Override
    public void remove(String ref, boolean force) {
        engine.containers().remove(ref, force);
    }

    @Override
    public List<Container> list(boolean all) {
        return engine.containers().list(all);
    }

    @Override
    public Container inspect(String ref) {
        return engine.containers().inspect(ref);
    }

    @Override
    public CompletableFuture<ExitStatus> waitFor(String ref, WaitCondition condition) {
        return engine.containers().waitFor(ref, condition);
    }

    @Override
    public void logs(String ref, LogOptions options, Predicate<LogEntry> sink) {
        engine.containers().logs(ref, options, sink);
    }

    @Override
    public ContainerStats stats(String ref) {
        return engine.containers().stats(ref);
    }

    @Override
    public void update(String ref, Resources resources) {
        engine.containers().update(ref, resources);
    }

    @Override
    public void updateRestartPolicy(String ref, RestartPolicy policy) {
        engine.containers().updateRestartPolicy(ref, policy);
    }

    @Override
    public StdioStream attach(String ref, boolean stdin) {
        return engine.containers().attach(ref, stdin);
    }

    @Override
    public void resize(String ref, int height, int width) {
        engine.containers().resize(ref, height, width);
    }

    @Override
    public TopResult top(String ref, String psArgs) {
        return engine.containers().top(ref, psArgs);
    }

    @Override
    public String createExec(String ref, ExecConfig config) {
        return engine.containers().createExec(ref, config);
    }

    @Override
    public StdioStream startExec(String execId) {
        return engine.containers().startExec(execId);
    }

    @Override
    public void startExecDetached(String execId) {
        engine.containers().startExecDetached(execId);
    }

    @Override
    public ExecInfo inspectExec(String execId) {
        return engine.containers().inspectExec(execId);
    }

    @Override
    public void resizeExec(String execId, int height, int width) {
        engine.containers().resizeExec(execId, height, width);
    }

    @Override
    public PathStat statPath(String ref, String path) {
        return engine.containers().statPath(ref, path);
    }

    @Override
    public void copyFrom(String ref, String path, OutputStream tar) {
        engine.containers().copyFrom(ref, path, tar);
    }

    @Override
    public void copyTo(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir) {
        engine.containers().copyTo(ref, path, tar, noOverwriteDirNonDir);
    }

    @Override
    public void export(String ref, OutputStream tar) {
        engine.containers().export(ref, tar);
    }

    @Override
    public List<FileChange> changes(String ref) {
        return engine.containers().changes(ref);
    }

    // SystemService

    @Override
    public SystemInfo info() {
        return engine.info();
    }

    // NetworkService

    @Override
    public NetworkInfo createNetwork(String driver, NetworkSpec spec) {
        return engine.networks().createNetwork(driver, spec);
    }

    @Override
    public List<NetworkInfo> listNetworks() {
        return engine.networks().listNetworks();
    }

    @Override
    public NetworkInfo inspectNetwork(String network) {
        return engine.networks().inspectNetwork(network);
    }

    @Override
    public void removeNetwork(String network) {
        engine.networks().removeNetwork(network);
    }

    @Override
    public List<String> pruneNetworks() {
        return engine.networks().pruneNetworks();
    }

    @Override
    public void connect(String network, String containerRef, List<String> aliases) {
        engine.networks().connect(network, containerRef, aliases);
    }

    @Override
    public void disconnect(String network, String containerRef, boolean force) {
        engine.networks().disconnect(network, containerRef, force);
    }

    // Providers

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindNamespaceProvider(NamespaceProvider provider, Map<String, Object> properties) {
        engine.providers().namespaces.bind(provider, properties);
    }

    void unbindNamespaceProvider(NamespaceProvider provider) {
        engine.providers().namespaces.unbind(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCgroupController(CgroupController controller, Map<String, Object> properties) {
        engine.providers().cgroups.bind(controller, properties);
    }

    void unbindCgroupController(CgroupController controller) {
        engine.providers().cgroups.unbind(controller);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStorageDriver(StorageDriver driver, Map<String, Object> properties) {
        engine.providers().storage.bind(driver, properties);
    }

    void unbindStorageDriver(StorageDriver driver) {
        engine.providers().storage.unbind(driver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindNetworkDriver(NetworkDriver driver, Map<String, Object> properties) {
        engine.providers().networks.bind(driver, properties);
        engine.recoverLater();
    }

    void unbindNetworkDriver(NetworkDriver driver) {
        engine.providers().networks.unbind(driver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindOciRuntime(OciRuntime runtime, Map<String, Object> properties) {
        engine.providers().runtimes.bind(runtime, properties);
        engine.recoverLater();
    }

    void unbindOciRuntime(OciRuntime runtime) {
        engine.providers().runtimes.unbind(runtime);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindShimManager(ShimManager shim, Map<String, Object> properties) {
        engine.bindShim(shim, properties);
    }

    void unbindShimManager(ShimManager shim) {
        engine.unbindShim(shim);
    }

    /** Only copying into containers needs the libc bindings; everything else works without them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSyscalls(Syscalls syscalls) {
        engine.containers().useSyscalls(syscalls);
    }

    void unbindSyscalls(Syscalls syscalls) {
        engine.containers().useSyscalls(null);
    }
}
