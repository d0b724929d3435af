package io.gantry.core.internal.volume;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.VolumeOptions;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeDriver;
import io.gantry.api.volume.VolumeNames;
import io.gantry.api.volume.VolumeService;
import io.gantry.api.volume.VolumeSpec;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerIndex;
import io.gantry.core.internal.state.ContainerRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The volumes of one container's mounts, through their drivers. At create, every volume a mount names is made
 * if it is missing and every anonymous mount gets a new volume of its own; each mount then names its volume and
 * driver. At start the volumes are mounted (filled with the image's content the first time, see
 * {@link VolumeFill}), at each end of a run unmounted, and with {@code rm -v} the anonymous ones removed.
 */
public final class ContainerVolumes {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerVolumes.class);

    private final ProviderDirectory providers;
    private final VolumeUsers users;
    private final VolumeLookup lookup;

    public ContainerVolumes(ProviderDirectory providers, ContainerIndex index) {
        this.providers = providers;
        this.users = new VolumeUsers(index);
        this.lookup = new VolumeLookup(providers);
    }

    /**
     * Makes the volumes the config's mounts need and returns the mounts naming them.
     *
     * @param created told of each volume made here, so that a failed create can remove it again
     */
    public List<Mount> prepare(ContainerConfig config, Consumer<Volume> created) {
        List<Mount> prepared = new ArrayList<>();
        for (Mount mount : config.mounts()) {
            prepared.add(mount.type() == Mount.Type.VOLUME && !isLegacyFolder(mount)
                    ? prepareVolume(mount, config.volumeDriver(), created) : mount);
        }
        return prepared;
    }

    /** Removes volumes a failed create made; a failure is logged so that the others still go. */
    public void removeQuietly(List<Volume> volumes) {
        for (Volume volume : volumes) {
            try {
                VolumeDriver driver = providers.volumeDriver(volume.driver());
                providers.run("volume driver " + driver.name(), () -> driver.remove(volume.name()));
            } catch (RuntimeException e) {
                LOG.warn("Removing volume {} after a failed create: {}", volume.name(), ProviderCalls.describe(e));
            }
        }
    }

    /** Mounts every volume of the container; returns the host folder of each by volume name. */
    public Map<String, Path> mountAll(ContainerRecord record) {
        Map<String, Path> folders = new LinkedHashMap<>();
        for (Mount mount : volumeMounts(record)) {
            VolumeDriver driver = providers.volumeDriver(driverOf(mount));
            Path folder = providers.call("volume driver " + driver.name(), () -> driver.mount(mount.source(),
                    record.id));
            folders.put(mount.source(), folder);
        }
        return folders;
    }

    /** Ends the container's use of its volumes; idempotent, failures are logged, missing drivers skipped. */
    public void unmountAll(ContainerRecord record) {
        for (Mount mount : volumeMounts(record)) {
            providers.volumes.get(driverOf(mount)).ifPresent(driver -> {
                try {
                    providers.run("volume driver " + driver.name(), () -> driver.unmount(mount.source(), record.id));
                } catch (RuntimeException e) {
                    LOG.warn("Container {}: unmounting volume {} failed: {}", record.id, mount.source(),
                            ProviderCalls.describe(e));
                }
            });
        }
    }

    /** {@code rm -v}: the container's anonymous volumes that no other container uses. Named ones stay. */
    public void removeAnonymous(ContainerRecord record) {
        for (Mount mount : volumeMounts(record)) {
            try {
                VolumeDriver driver = providers.volumeDriver(driverOf(mount));
                Volume volume = providers.call("volume driver " + driver.name(), () -> driver.get(mount.source()));
                boolean others = users.of(volume.name()).stream().anyMatch(c -> !c.id().equals(record.id));
                if (volume.isAnonymous() && !others) {
                    providers.run("volume driver " + driver.name(), () -> driver.remove(volume.name()));
                }
            } catch (NotFoundException | ConflictException e) {
                LOG.info("Container {}: anonymous volume {} stays: {}", record.id, mount.source(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Container {}: removing anonymous volume {} failed: {}", record.id, mount.source(),
                        ProviderCalls.describe(e));
            }
        }
    }

    /**
     * A named volume that exists is used whichever driver has it, unless the mount or the container names
     * another driver; a missing one is made with the driver named, else the default one.
     */
    private Mount prepareVolume(Mount mount, String containerDriver, Consumer<Volume> created) {
        VolumeOptions options = mount.volumeOptions();
        String named = options.driver() != null ? options.driver()
                : containerDriver != null && !containerDriver.isEmpty() ? containerDriver : null;
        Map<String, String> labels = new HashMap<>(options.labels());
        String name = mount.source();
        if (name == null) {
            name = VolumeNames.generate();
            labels.put(Volume.ANONYMOUS_LABEL, "");
        }
        String volumeName = VolumeNames.check(name);
        Volume volume = lookup.find(volumeName).orElse(null);
        if (volume != null && named != null && !volume.driver().equals(named)) {
            throw new ConflictException("volume " + volumeName + " already exists with driver " + volume.driver()
                    + ", not " + named);
        }
        VolumeDriver driver = providers.volumeDriver(volume != null ? volume.driver()
                : named != null ? named : VolumeService.DEFAULT_DRIVER);
        if (volume == null) {
            VolumeSpec spec = new VolumeSpec(volumeName, labels, options.driverOptions());
            volume = providers.call("volume driver " + driver.name(), () -> driver.create(spec));
            created.accept(volume);
        }
        VolumeOptions resolved = new VolumeOptions(options.noCopy(), volume.driver(), options.driverOptions(),
                options.labels());
        return Mount.volume(volumeName, mount.target(), mount.readOnly(), resolved);
    }

    private static List<Mount> volumeMounts(ContainerRecord record) {
        return record.config.mounts().stream().filter(VolumeUsers::isNamedVolume).toList();
    }

    private static String driverOf(Mount mount) {
        String driver = mount.volumeOptions().driver();
        return driver != null ? driver : VolumeService.DEFAULT_DRIVER;
    }

    /** A volume of a container made before volume drivers: its own folder under the container's folder. */
    private static boolean isLegacyFolder(Mount mount) {
        return mount.source() != null && mount.source().startsWith("/");
    }
}
