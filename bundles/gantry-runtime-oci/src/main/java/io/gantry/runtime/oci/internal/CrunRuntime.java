package io.gantry.runtime.oci.internal;

import io.gantry.api.config.EngineRoots;
import io.gantry.api.runtime.OciRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/** The crun runtime. */
@Component(name = "io.gantry.runtime.crun", service = OciRuntime.class, property = "name=crun",
        configurationPid = {EngineRoots.PID, "io.gantry.runtime.crun"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class CrunRuntime extends CliRuntime {
    @Activate
    public CrunRuntime(EngineRoots roots, CrunConfig config) {
        super(settings(roots, config));
    }

    @Modified
    void modified(EngineRoots roots, CrunConfig config) {
        configure(settings(roots, config));
    }

    private static RuntimeSettings settings(EngineRoots roots, CrunConfig config) {
        return RuntimeSettings.of("crun", config.binary(), roots.run_root(), config.command_timeout());
    }
}
