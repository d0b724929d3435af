package io.gantry.core.internal.spec;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.namespace.Hostnames;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import io.gantry.core.internal.mounts.ContainerMounts;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.network.LinkEnvironment;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.provider.ProviderRegistry.Named;
import io.gantry.core.internal.state.ContainerIndex;
import io.gantry.core.internal.state.ContainerRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a container's OCI spec: the engine's defaults (process, cgroup path), then each namespace provider's
 * part, then each cgroup controller's resources (the devices controller's allow-list among them), then the user's
 * mounts, then the security and other host options of the container, then the variables of its legacy links.
 */
public final class SpecBuilder {
    private final ProviderDirectory providers;
    private final ContainerIndex index;

    public SpecBuilder(ProviderDirectory providers, ContainerIndex index) {
        this.providers = providers;
        this.index = index;
    }

    /**
     * @param initBinary the configured init binary of {@code --init}, empty for the first one found
     * @param volumeFolders the host folder of each of its volumes, as their drivers mounted them
     */
    public Spec build(ContainerRecord record, Path rootfs, Path bundleDir, ContainerNetworks.Setup network,
            String initBinary, Map<String, Path> volumeFolders) {
        ContainerConfig config = record.config;
        DeviceConfinement.require(providers, config);
        ImageConfig image = record.imageConfig != null ? record.imageConfig : ImageConfig.EMPTY;
        Spec spec = new Spec();
        spec.process.args = ProcessDefaults.args(config, image);
        spec.process.env = new ArrayList<>(ProcessDefaults.env(config, image).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
        spec.process.cwd = ProcessDefaults.workingDir(config, image);
        spec.process.user = UserResolver.resolve(ProcessDefaults.user(config, image), rootfs);
        spec.process.terminal = config.tty();
        spec.process.rlimits = new ArrayList<>(List.of(HostLimits.nofile()));
        spec.root.path = rootfs.toString();
        spec.linux.cgroupsPath = record.cgroupsPath;

        SpecContext context = new EngineSpecContext(record.id, config, bundleDir, rootfs, index, network);
        for (Named<NamespaceProvider> ns : providers.namespaces.active()) {
            providers.run("namespace provider " + ns.name(), () -> ns.provider().contribute(spec, context));
        }
        for (Named<CgroupController> controller : providers.cgroups.active()) {
            providers.run("cgroup controller " + controller.name(),
                    () -> controller.provider().contribute(config.resources(), spec.linux.resources));
        }
        ContainerMounts.apply(spec, config.mounts(), rootfs, volumeFolders, record.filledVolumes());
        HostConfigSpec.apply(spec, record, bundleDir, rootfs, initBinary);
        network.writePeers(bundleDir);
        addMissing(spec.process.env, LinkEnvironment.of(record.name, config, network.hosts(), index));
        MountTargets.prepare(spec, rootfs);
        if (spec.process.env.stream().noneMatch(e -> e.startsWith("HOSTNAME="))) {
            spec.process.env.add("HOSTNAME=" + hostname(spec, record));
        }
        return spec;
    }

    /** Adds each variable of {@code extra} whose name {@code env} does not set yet. */
    private static void addMissing(List<String> env, List<String> extra) {
        for (String variable : extra) {
            String name = variable.substring(0, variable.indexOf('=') + 1);
            if (env.stream().noneMatch(e -> e.startsWith(name))) {
                env.add(variable);
            }
        }
    }

    /** The hostname the uts provider set, else what the container will see without one. */
    private static String hostname(Spec spec, ContainerRecord record) {
        if (spec.hostname != null) {
            return spec.hostname;
        }
        if (record.config.hostname() == null && record.config.utsMode().kind() == NamespaceMode.Kind.HOST) {
            try {
                return Files.readAllLines(Path.of("/proc/sys/kernel/hostname")).get(0).trim();
            } catch (IOException e) {
                return Hostnames.forPrivateUts(null, record.id);
            }
        }
        return Hostnames.forPrivateUts(record.config.hostname(), record.id);
    }
}
