package io.gantry.core.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.image.ImageConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What the engine persists about one container (container.json). Mutated only under its handle's lock. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class ContainerRecord {
    String id;
    String name;
    String imageId;
    ImageConfig imageConfig;
    ContainerConfig config;
    ContainerState state;
    Instant created;
    Instant startedAt;
    Instant finishedAt;
    int pid;
    Integer exitCode;
    boolean oomKilled;
    String error;
    String runtime;
    String storageDriver;
    /** Storage layer ids (chain ids), base first. */
    List<String> layerIds;
    String rootfs;
    String cgroupsPath;
    int restartCount;
    /** Set by a stop, cleared by a start: the restart policy leaves such a container stopped. */
    boolean manuallyStopped;
    /** The driver networks it is connected to, the one of its network mode first. */
    List<JoinedNetwork> networks;

    Container toContainer(Path logPath) {
        return new Container(id, name, imageId, config, state, created, startedAt, finishedAt, pid, exitCode,
                oomKilled, error, runtime, storageDriver, rootfs, logPath.toString(), restartCount,
                networks == null ? List.of() : networks.stream().map(JoinedNetwork::view).toList());
    }

    ExitStatus exitStatus() {
        return new ExitStatus(exitCode == null ? 0 : exitCode, oomKilled);
    }
}
