package io.gantry.core.internal.system;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Container;
import io.gantry.api.image.ImageService;
import io.gantry.api.system.SystemInfo;
import io.gantry.api.system.SystemService;
import io.gantry.core.internal.provider.BundleOrigin;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.settings.Defaults;
import io.gantry.core.internal.settings.EngineSettings;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.EnginePaths;
import io.gantry.core.internal.state.StateStore;
import java.util.Collection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Engine-wide facts for `gantry:info` and the API's /info. */
@Component(service = SystemService.class)
public final class SystemInfoService implements SystemService {
    private final StateStore state;
    private final ProviderDirectory providers;
    private final EngineSettings settings;
    private final ImageService images;
    private final String version;

    @Activate
    public SystemInfoService(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "settings") EngineSettings settings,
            @Reference(name = "imageService") ImageService images) {
        this.state = state;
        this.providers = providers;
        this.settings = settings;
        this.images = images;
        String bundleVersion = BundleOrigin.of(this).version();
        this.version = bundleVersion != null ? bundleVersion : "unknown";
    }

    @Override
    public SystemInfo info() {
        Defaults defaults = settings.defaults();
        EnginePaths paths = state.paths();
        Collection<ContainerHandle> all = state.index().all();
        int running = (int) all.stream().map(ContainerHandle::view).map(Container::state)
                .filter(s -> s.isLive()).count();
        int imageCount = providers.call("image service", () -> images.list().size());
        return new SystemInfo(version, paths.dataRoot().toString(), paths.runRoot().toString(), cgroupVersion(),
                defaults.runtime(), defaultStorage(defaults), defaults.network(), all.size(), running, imageCount,
                providers.describe(), defaults.log().type());
    }

    private static String cgroupVersion() {
        try {
            return CgroupLayout.detect().version() == CgroupVersion.V2 ? "2" : "1";
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    /** The driver new containers get, or the configured name when none is usable. */
    private String defaultStorage(Defaults defaults) {
        try {
            return providers.defaultStorage(defaults.storage()).name();
        } catch (RuntimeException e) {
            return defaults.storage();
        }
    }
}
