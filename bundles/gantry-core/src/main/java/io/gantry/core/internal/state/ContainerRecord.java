package io.gantry.core.internal.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.health.Health;
import io.gantry.api.image.ImageConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the engine persists about one container (container.json). Mutated only under its handle's lock. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class ContainerRecord {
    /** The exit code recorded when nothing recorded how a container ended, as Docker's. */
    public static final int LOST_EXIT_CODE = 255;

    public String id;
    public String name;
    public String imageId;
    public ImageConfig imageConfig;
    public ContainerConfig config;
    public ContainerState state;
    public Instant created;
    public Instant startedAt;
    public Instant finishedAt;
    public int pid;
    public Integer exitCode;
    public boolean oomKilled;
    public String error;
    public String runtime;
    public String storageDriver;
    /** Storage layer ids (chain ids), base first. */
    public List<String> layerIds;
    public String rootfs;
    public String cgroupsPath;
    public int restartCount;
    /** Set by a stop, cleared by a start: the restart policy leaves such a container stopped. */
    public boolean manuallyStopped;
    /** The driver networks it is connected to, the one of its network mode first. */
    public List<JoinedNetwork> networks;
    /** Set with REMOVING when its anonymous volumes go with it, so that a removal cut short still removes them. */
    public boolean removingVolumes;
    /** The volumes this container filled with its image's content; each is filled once. */
    public Set<String> filledVolumes;
    /** Set at its first start with a health check; the health component records each probe in it. */
    public Health health;

    public Container toContainer(Path logPath) {
        return new Container(id, name, imageId, config, state, created, startedAt, finishedAt, pid, exitCode,
                oomKilled, error, runtime, storageDriver, rootfs, logPath.toString(), restartCount,
                networks == null ? List.of() : networks.stream().map(JoinedNetwork::view).toList(), health);
    }

    /** {@link #filledVolumes}, made on first use. */
    public Set<String> filledVolumes() {
        if (filledVolumes == null) {
            filledVolumes = new TreeSet<>();
        }
        return filledVolumes;
    }

    /** The names of the driver networks it is connected to. */
    public List<String> networkNames() {
        return networks == null ? List.of() : networks.stream().map(JoinedNetwork::network).toList();
    }

    public ExitStatus exitStatus() {
        return new ExitStatus(exitCode == null ? 0 : exitCode, oomKilled);
    }
}
