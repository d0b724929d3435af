package io.gantry.ns.user.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.namespace.Namespaces;
import io.gantry.api.oci.IdMapping;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The user namespace, only for containers created with --userns: container ids 0..size-1 become the host
 * range base..base+size-1 for both uids and gids. A bad range fails those containers only, at create time.
 */
@Component(service = NamespaceProvider.class, configurationPid = "io.gantry.ns.user",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = UserNamespaceConfig.class)
public class UserNamespaceProvider implements NamespaceProvider {
    private static final long MAX_ID = 0xFFFF_FFFEL;

    private volatile UserNamespaceConfig config;

    @Activate
    public UserNamespaceProvider(UserNamespaceConfig config) {
        this.config = config;
    }

    @Modified
    void modified(UserNamespaceConfig config) {
        this.config = config;
    }

    @Override
    public NamespaceType type() {
        return NamespaceType.USER;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        ContainerConfig container = context.config();
        if (!container.userns()) {
            Namespaces.apply(spec, context, NamespaceType.USER, NamespaceMode.HOST);
            return;
        }
        if (container.pidMode().kind() == NamespaceMode.Kind.CONTAINER) {
            throw new InvalidArgumentException("conflicting options: --userns and --pid=" + container.pidMode()
                    + ": a new user namespace cannot mount /proc for another container's pid namespace");
        }
        IdMapping mapping = mapping(config);
        spec.linux.putNamespace(new LinuxNamespace(NamespaceType.USER.ociName(), null));
        spec.linux.uidMappings = new ArrayList<>(List.of(mapping));
        spec.linux.gidMappings = new ArrayList<>(List.of(mapping));
    }

    private static IdMapping mapping(UserNamespaceConfig config) {
        long base = config.remap_uid_base();
        long size = config.remap_size();
        if (base < 1 || size < 1 || base + size - 1 > MAX_ID) {
            throw new FailedPreconditionException("invalid user namespace range remap.uid.base=" + base
                    + " remap.size=" + size + " (PID io.gantry.ns.user): base and size must be at least 1 and the"
                    + " range must end at or below " + MAX_ID);
        }
        return new IdMapping(0, base, size);
    }
}
