package io.gantry.ns.pid.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.FakeSpecContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PidNamespaceProviderTest {
    private final PidNamespaceProvider provider = new PidNamespaceProvider();

    private Spec contribute(NamespaceMode mode) {
        Spec spec = new Spec();
        spec.linux.putNamespace(new LinuxNamespace("mount", null));
        ContainerConfig config = ContainerConfig.builder("busybox").pidMode(mode).build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of("db", 4242)));
        return spec;
    }

    @Test
    void typeIsPid() {
        assertEquals(NamespaceType.PID, provider.type());
    }

    @Test
    void privateModeAddsNewPidNamespace() {
        Spec spec = contribute(NamespaceMode.PRIVATE);
        assertEquals(List.of(new LinuxNamespace("mount", null), new LinuxNamespace("pid", null)),
                spec.linux.namespaces);
    }

    @Test
    void hostModeLeavesNoPidEntry() {
        Spec spec = new Spec();
        spec.linux.putNamespace(new LinuxNamespace("pid", null));
        ContainerConfig config = ContainerConfig.builder("busybox").pidMode(NamespaceMode.HOST).build();
        provider.contribute(spec, new FakeSpecContext(config, Map.of()));
        assertTrue(spec.linux.namespaces.isEmpty(), spec.linux.namespaces.toString());
    }

    @Test
    void containerModeJoinsThatContainersInitPidNamespace() {
        Spec spec = contribute(NamespaceMode.container("db"));
        assertEquals(new LinuxNamespace("pid", "/proc/4242/ns/pid"), spec.linux.namespaces.get(1));
    }

    @Test
    void unknownContainerFailsAndLeavesSpecUntouched() {
        Spec spec = new Spec();
        ContainerConfig config = ContainerConfig.builder("busybox").pidMode(NamespaceMode.container("ghost")).build();
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> provider.contribute(spec, new FakeSpecContext(config, Map.of())));
        assertTrue(e.getMessage().contains("ghost"), e.getMessage());
        assertTrue(spec.linux.namespaces.isEmpty());
    }

    @Test
    void containerModeWithoutTargetIsRejected() {
        ContainerConfig config = ContainerConfig.builder("busybox")
                .pidMode(new NamespaceMode(NamespaceMode.Kind.CONTAINER, "")).build();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> provider.contribute(new Spec(), new FakeSpecContext(config, Map.of())));
        assertTrue(e.getMessage().startsWith("invalid --pid mode"), e.getMessage());
    }
}
