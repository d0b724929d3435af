package io.gantry.runtime.oci.internal;

import io.gantry.api.config.EngineRoots;
import io.gantry.api.runtime.OciRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/** The runc runtime. */
@Component(name = "io.gantry.runtime.runc", service = OciRuntime.class, property = "name=runc",
        configurationPid = {EngineRoots.PID, "io.gantry.runtime.runc"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class RuncRuntime extends CliRuntime {
    @Activate
    public RuncRuntime(EngineRoots roots, RuncConfig config) {
        super(settings(roots, config));
    }

    @Modified
    void modified(EngineRoots roots, RuncConfig config) {
        configure(settings(roots, config));
    }

    private static RuntimeSettings settings(EngineRoots roots, RuncConfig config) {
        return RuntimeSettings.of("runc", config.binary(), roots.run_root(), config.command_timeout());
    }
}
