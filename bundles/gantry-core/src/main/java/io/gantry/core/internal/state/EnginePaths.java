package io.gantry.core.internal.state;

import io.gantry.api.config.EngineRoots;
import java.nio.file.Path;

/** Where the engine and each container keep their files, under the engine roots. */
public record EnginePaths(Path dataRoot, Path runRoot) {

    public static EnginePaths of(EngineRoots roots) {
        return new EnginePaths(Path.of(roots.data_root()), Path.of(roots.run_root()));
    }

    public Path containersDir() {
        return dataRoot.resolve("containers");
    }

    public Path containerDir(String id) {
        return containersDir().resolve(id);
    }

    public Path recordFile(String id) {
        return containerDir(id).resolve("container.json");
    }

    public Path bundleDir(String id) {
        return containerDir(id).resolve("bundle");
    }

    public Path logPath(String id) {
        return containerDir(id).resolve("ctr.log");
    }
}
