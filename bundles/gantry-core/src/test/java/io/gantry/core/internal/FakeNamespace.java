package io.gantry.core.internal;

import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.namespace.Namespaces;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import java.util.function.Function;

/** A namespace provider applying the shared private/host/container logic with the config's mode. */
public class FakeNamespace implements NamespaceProvider {
    private final NamespaceType type;
    private final Function<SpecContext, NamespaceMode> mode;
    public volatile RuntimeException failure;

    public FakeNamespace(NamespaceType type, Function<SpecContext, NamespaceMode> mode) {
        this.type = type;
        this.mode = mode;
    }

    public static FakeNamespace uts() {
        return new FakeNamespace(NamespaceType.UTS, c -> c.config().utsMode()) {
            @Override
            public void contribute(Spec spec, SpecContext context) {
                super.contribute(spec, context);
                if (context.config().utsMode() == NamespaceMode.PRIVATE) {
                    spec.hostname = context.config().hostname() != null ? context.config().hostname()
                            : context.containerId().substring(0, 12);
                }
            }
        };
    }

    public static FakeNamespace pid() {
        return new FakeNamespace(NamespaceType.PID, c -> c.config().pidMode());
    }

    @Override
    public NamespaceType type() {
        return type;
    }

    @Override
    public void contribute(Spec spec, SpecContext context) {
        if (failure != null) {
            throw failure;
        }
        Namespaces.apply(spec, context, type, mode.apply(context));
    }
}
