package io.gantry.ns.user.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.IdMapping;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.FakeSpecContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserNamespaceProviderTest {

    private static UserNamespaceConfig config(long base, long size) {
        return new UserNamespaceConfig() {
            @Override
            public long remap_uid_base() {
                return base;
            }

            @Override
            public long remap_size() {
                return size;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return UserNamespaceConfig.class;
            }
        };
    }

    private static Spec contribute(UserNamespaceProvider provider, ContainerConfig config) {
        Spec spec = new Spec();
        provider.contribute(spec, new FakeSpecContext(config, Map.of("other", 12)));
        return spec;
    }

    private static ContainerConfig.Builder userns() {
        return ContainerConfig.builder("busybox").userns(true);
    }

    @Test
    void typeIsUser() {
        assertEquals(NamespaceType.USER, new UserNamespaceProvider(config(100000, 65536)).type());
    }

    @Test
    void mapsNoIdsUnlessAsked() {
        Spec spec = contribute(new UserNamespaceProvider(config(100000, 65536)),
                ContainerConfig.builder("busybox").build());
        assertTrue(spec.linux.uidMappings.isEmpty());
        assertTrue(spec.linux.gidMappings.isEmpty());
    }

    @Test
    void mapsContainerIdsToConfiguredHostRange() {
        Spec spec = contribute(new UserNamespaceProvider(config(100000, 65536)), userns().build());
        assertEquals(List.of(new IdMapping(0, 100000, 65536)), spec.linux.uidMappings);
        assertEquals(List.of(new IdMapping(0, 100000, 65536)), spec.linux.gidMappings);
    }

    @Test
    void modifiedConfigurationAppliesToNextContainer() {
        UserNamespaceProvider provider = new UserNamespaceProvider(config(100000, 65536));
        provider.modified(config(200000, 1000));
        assertEquals(List.of(new IdMapping(0, 200000, 1000)), contribute(provider, userns().build()).linux.uidMappings);
    }

    @Test
    void hostNamespacesStayAllowed() {
        ContainerConfig config = userns().networkMode("host").pidMode(NamespaceMode.HOST)
                .ipcMode(NamespaceMode.HOST).utsMode(NamespaceMode.HOST).build();
        Spec spec = contribute(new UserNamespaceProvider(config(100000, 65536)), config);
        assertEquals(List.of(new LinuxNamespace("user", null)), spec.linux.namespaces);
    }

    @Test
    void badRangeFailsOnlyUsernsContainersAndNamesTheSettings() {
        UserNamespaceProvider provider = new UserNamespaceProvider(config(0, 65536));
        assertTrue(contribute(provider, ContainerConfig.builder("busybox").build()).linux.namespaces.isEmpty());
        Spec spec = new Spec();
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> provider.contribute(spec, new FakeSpecContext(userns().build(), Map.of())));
        assertTrue(e.getMessage().contains("remap.uid.base=0"), e.getMessage());
        assertTrue(spec.linux.namespaces.isEmpty());
        assertTrue(spec.linux.uidMappings.isEmpty());
    }

    @Test
    void rangePastTheLastIdIsRefused() {
        UserNamespaceProvider provider = new UserNamespaceProvider(config(0xFFFF_0000L, 65536));
        assertThrows(FailedPreconditionException.class, () -> contribute(provider, userns().build()));
    }
}
