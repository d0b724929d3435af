package io.gantry.core.internal.settings;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * The core's configuration (PID {@value #PID}) for every component of the core. A change takes effect for the
 * next operation, without restarting anything: the components read {@link #defaults()} when they need it.
 */
@Component(service = EngineSettings.class, configurationPid = EngineSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class EngineSettings {
    public static final String PID = "io.gantry.core";

    private volatile Defaults defaults;

    @Activate
    public EngineSettings(CoreConfig config) {
        this.defaults = Defaults.of(config);
    }

    /** A setting out of range is refused and the previous settings stay. */
    @Modified
    void modified(CoreConfig config) {
        this.defaults = Defaults.of(config);
    }

    public Defaults defaults() {
        return defaults;
    }
}
