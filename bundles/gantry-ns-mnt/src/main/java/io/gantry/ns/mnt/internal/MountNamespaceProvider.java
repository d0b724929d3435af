package io.gantry.ns.mnt.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.SystemPaths;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The mount namespace, always private: the root file system, Docker's standard mounts, masked and read-only
 * paths, and /etc/hostname, /etc/hosts and /etc/resolv.conf written into the bundle directory and bound
 * into the container. A mount the user already placed on one of those files is kept.
 */
@Component(service = NamespaceProvider.class, configurationPid = "io.gantry.ns.mnt",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MountConfig.class)
public class MountNamespaceProvider implements NamespaceProvider {
    private volatile Path hostResolvConf;

    @Activate
    public MountNamespaceProvider(MountConfig config) {
        modified(config);
    }

    @Modified
    void modified(MountConfig config) {
        hostResolvConf = Path.of(config.host_resolv_conf());
    }

    @Override
    public NamespaceType type() {
        return NamespaceType.MNT;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        String hostname = ContainerHostname.of(context);
        List<Mount> standardMounts = StandardMounts.of(context);
        boolean hostNetwork = NetworkModes.isHost(context.config().networkMode());
        List<String> hostResolver = readHostResolvConf();
        Map<String, String> etcFiles = new LinkedHashMap<>();
        etcFiles.put("hostname", hostname + "\n");
        etcFiles.put("hosts", EtcFiles.hosts(hostname, context.extraHosts()));
        etcFiles.put("resolv.conf", hostNetwork ? joinLines(hostResolver) : EtcFiles.resolvConf(hostResolver));

        spec.linux.putNamespace(new LinuxNamespace(NamespaceType.MNT.ociName(), null));
        spec.root.path = context.rootfs().toAbsolutePath().toString();
        standardMounts.forEach(spec::putMount);
        addMissing(spec.linux.maskedPaths, SystemPaths.masked(context.config()));
        addMissing(spec.linux.readonlyPaths, SystemPaths.readonly(context.config()));
        Path bundleDir = context.bundleDir().toAbsolutePath();
        etcFiles.forEach((name, content) -> {
            Path file = write(bundleDir.resolve(name), content);
            String destination = "/etc/" + name;
            if (spec.mounts.stream().noneMatch(m -> m.destination().equals(destination))) {
                spec.putMount(Mount.bind(file.toString(), destination, "rprivate"));
            }
        });
    }

    private List<String> readHostResolvConf() {
        try {
            return Files.readAllLines(hostResolvConf);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new FailedPreconditionException("cannot read the host's resolver configuration "
                    + hostResolvConf + ": " + e.getMessage(), e);
        }
    }

    private static String joinLines(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static void addMissing(List<String> target, List<String> paths) {
        paths.stream().filter(p -> !target.contains(p)).forEach(target::add);
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new FailedPreconditionException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
