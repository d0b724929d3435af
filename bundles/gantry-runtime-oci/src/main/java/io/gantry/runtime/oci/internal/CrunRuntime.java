package io.gantry.runtime.oci.internal;

import io.gantry.api.runtime.OciRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/** The crun runtime. */
@Component(name = "io.gantry.runtime.crun", service = OciRuntime.class, property = "name=crun",
        configurationPid = {"io.gantry.engine", "io.gantry.runtime.crun"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class CrunRuntime extends CliRuntime {
    @Activate
    public CrunRuntime(CrunConfig config) {
        super(settings(config));
    }

    @Modified
    void modified(CrunConfig config) {
        configure(settings(config));
    }

    private static RuntimeSettings settings(CrunConfig config) {
        return RuntimeSettings.of("crun", config.binary(), config.run_root(), config.command_timeout());
    }
}
