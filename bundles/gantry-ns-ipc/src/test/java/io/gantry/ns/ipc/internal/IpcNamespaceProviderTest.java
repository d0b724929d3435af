package io.gantry.ns.ipc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.FakeSpecContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IpcNamespaceProviderTest {
    private static final Mount SHM_TMPFS = new Mount("/dev/shm", "tmpfs", "shm",
            List.of("nosuid", "noexec", "nodev", "mode=1777", "size=65536k"));
    private final IpcNamespaceProvider provider = new IpcNamespaceProvider();

    private Spec contribute(NamespaceMode mode) {
        Spec spec = new Spec();
        spec.putMount(new Mount("/dev", "tmpfs", "tmpfs", List.of("mode=755")));
        ContainerConfig config = ContainerConfig.builder("busybox").ipcMode(mode).build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of("cache", 900)));
        return spec;
    }

    @Test
    void typeIsIpc() {
        assertEquals(NamespaceType.IPC, provider.type());
    }

    @Test
    void privateModeAddsShmTmpfsAfterDev() {
        Spec spec = contribute(NamespaceMode.PRIVATE);
        assertEquals(SHM_TMPFS, spec.mounts.get(1));
        assertEquals(2, spec.mounts.size());
    }

    @Test
    void hostModeBindsHostShm() {
        Spec spec = contribute(NamespaceMode.HOST);
        assertEquals(new Mount("/dev/shm", "bind", "/dev/shm", List.of("rbind", "rprivate")), spec.mounts.get(1));
    }

    @Test
    void containerModeHasAShmOfItsOwn() {
        Spec spec = contribute(NamespaceMode.container("cache"));
        assertEquals(SHM_TMPFS, spec.mounts.get(1));
    }

    @Test
    void shmAddedBeforeDevStillEndsUpAfterIt() {
        Spec spec = new Spec();
        provider.contribute(spec, new FakeSpecContext(ContainerConfig.builder("busybox").build(), Map.of()));
        spec.putMount(new Mount("/dev", "tmpfs", "tmpfs", List.of()));
        assertEquals(List.of("/dev", "/dev/shm"), spec.mounts.stream().map(Mount::destination).toList());
    }
}
