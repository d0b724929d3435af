package io.gantry.core.internal;

import io.gantry.api.InvalidArgumentException;
import java.nio.file.Path;
import java.time.Duration;

/** The engine's configuration, checked once, plus where each container keeps its files. */
record Settings(Path dataRoot, Path runRoot, String cgroupParent, String defaultRuntime, String defaultStorage,
        String defaultNetwork, Duration stopTimeout, String initBinary) {

    static final String FALLBACK_STORAGE = "vfs";

    static Settings of(CoreConfig config) {
        if (config.stop_timeout() < 0) {
            throw new InvalidArgumentException("invalid stop.timeout " + config.stop_timeout()
                    + ": must be 0 or more seconds");
        }
        String parent = config.cgroup_parent().replaceAll("^/+|/+$", "");
        return new Settings(Path.of(config.data_root()), Path.of(config.run_root()), parent,
                config.runtime_default(), config.storage_default(), config.network_default(),
                Duration.ofSeconds(config.stop_timeout()), config.init_binary().trim());
    }

    Path containersDir() {
        return dataRoot.resolve("containers");
    }

    Path containerDir(String id) {
        return containersDir().resolve(id);
    }

    Path recordFile(String id) {
        return containerDir(id).resolve("container.json");
    }

    Path bundleDir(String id) {
        return containerDir(id).resolve("bundle");
    }

    /** The folders of the container's anonymous volumes, removed with it. */
    Path volumesDir(String id) {
        return containerDir(id).resolve("volumes");
    }

    Path logPath(String id) {
        return containerDir(id).resolve("ctr.log");
    }

    String cgroupsPath(String id) {
        return cgroupParent.isEmpty() ? "/" + id : "/" + cgroupParent + "/" + id;
    }
}
