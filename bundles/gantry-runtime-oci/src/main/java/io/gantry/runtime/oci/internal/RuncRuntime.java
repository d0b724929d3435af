package io.gantry.runtime.oci.internal;

import io.gantry.api.runtime.OciRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/** The runc runtime. */
@Component(name = "io.gantry.runtime.runc", service = OciRuntime.class, property = "name=runc",
        configurationPid = {"io.gantry.engine", "io.gantry.runtime.runc"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class RuncRuntime extends CliRuntime {
    @Activate
    public RuncRuntime(RuncConfig config) {
        super(settings(config));
    }

    @Modified
    void modified(RuncConfig config) {
        configure(settings(config));
    }

    private static RuntimeSettings settings(RuncConfig config) {
        return RuntimeSettings.of("runc", config.binary(), config.run_root(), config.command_timeout());
    }
}
