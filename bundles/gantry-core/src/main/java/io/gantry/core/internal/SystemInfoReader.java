package io.gantry.core.internal;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Container;
import io.gantry.api.system.SystemInfo;
import java.util.Collection;

/** Engine-wide facts for `gantry:info` and the API's /info. */
final class SystemInfoReader {
    private final EngineParts parts;
    private final String version;

    SystemInfoReader(EngineParts parts, String version) {
        this.parts = parts;
        this.version = version;
    }

    SystemInfo info() {
        Settings settings = parts.settings();
        Collection<ContainerHandle> all = parts.index().all();
        int running = (int) all.stream().map(ContainerHandle::view).map(Container::state)
                .filter(s -> s.isLive()).count();
        int images = ProviderCalls.get("image service", () -> parts.images().list().size());
        return new SystemInfo(version, settings.dataRoot().toString(), settings.runRoot().toString(),
                cgroupVersion(), settings.defaultRuntime(), defaultStorage(settings), settings.defaultNetwork(),
                all.size(), running, images, parts.providers().describe());
    }

    private String cgroupVersion() {
        try {
            return CgroupLayout.detect().version() == CgroupVersion.V2 ? "2" : "1";
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    /** The driver new containers get, or the configured name when none is usable. */
    private String defaultStorage(Settings settings) {
        try {
            return parts.providers().defaultStorage(settings.defaultStorage()).name();
        } catch (RuntimeException e) {
            return settings.defaultStorage();
        }
    }
}
