package io.gantry.ns.ipc.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.namespace.Namespaces;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The ipc namespace and /dev/shm. Private and container:&lt;ref&gt; modes get a private 64 MB tmpfs on
 * /dev/shm; host mode binds the host's /dev/shm.
 *
 * <p>With container:&lt;ref&gt; the System V objects and POSIX message queues are shared through the joined
 * namespace, but /dev/shm cannot be: the runtime mounts inside the new container's mount namespace, and the
 * kernel refuses (EINVAL) to bind /proc/PID/root/dev/shm, which belongs to another mount namespace.
 */
@Component(service = NamespaceProvider.class)
public class IpcNamespaceProvider implements NamespaceProvider {
    static final String SHM = "/dev/shm";
    static final List<String> SHM_OPTIONS = List.of("nosuid", "noexec", "nodev", "mode=1777", "size=65536k");

    @Override
    public NamespaceType type() {
        return NamespaceType.IPC;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        NamespaceMode mode = context.config().ipcMode();
        if (mode.kind() == NamespaceMode.Kind.CONTAINER && (mode.target() == null || mode.target().isBlank())) {
            throw new InvalidArgumentException("invalid --ipc mode '" + mode + "': expected container:<name|id>");
        }
        Namespaces.apply(spec, context, NamespaceType.IPC, mode);
        if (mode.kind() == NamespaceMode.Kind.HOST) {
            spec.putMount(Mount.bind(SHM, SHM, "rprivate"));
        } else {
            spec.putMount(new Mount(SHM, "tmpfs", "shm", SHM_OPTIONS));
        }
    }
}
