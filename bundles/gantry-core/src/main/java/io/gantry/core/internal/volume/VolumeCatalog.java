package io.gantry.core.internal.volume;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeDriver;
import io.gantry.api.volume.VolumeNames;
import io.gantry.api.volume.VolumePrune;
import io.gantry.api.volume.VolumeService;
import io.gantry.api.volume.VolumeSpec;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.StateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The volumes of every installed volume driver, with the containers that use them. */
@Component(service = VolumeService.class)
public final class VolumeCatalog implements VolumeService {
    private static final Logger LOG = LoggerFactory.getLogger(VolumeCatalog.class);

    private final ProviderDirectory providers;
    private final VolumeUsers users;
    private final VolumeLookup lookup;

    @Activate
    public VolumeCatalog(@Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "state") StateStore state) {
        this.providers = providers;
        this.users = new VolumeUsers(state.index());
        this.lookup = new VolumeLookup(providers);
    }

    @Override
    public Volume create(String driver, VolumeSpec spec) {
        String driverName = driver == null || driver.isEmpty() ? DEFAULT_DRIVER : driver;
        VolumeDriver chosen = providers.volumeDriver(driverName);
        String name = spec.name() == null || spec.name().isEmpty() ? VolumeNames.generate()
                : VolumeNames.check(spec.name());
        lookup.find(name).filter(held -> !held.driver().equals(driverName)).ifPresent(held -> {
            throw new ConflictException("volume " + name + " already exists with driver " + held.driver());
        });
        VolumeSpec named = new VolumeSpec(name, spec.labels(), spec.options());
        return providers.call("volume driver " + driverName, () -> chosen.create(named));
    }

    @Override
    public List<Volume> list() {
        List<Volume> all = new ArrayList<>();
        for (VolumeDriver driver : lookup.drivers()) {
            try {
                all.addAll(providers.call("volume driver " + driver.name(), driver::list));
            } catch (RuntimeException e) {
                LOG.warn("Listing the volumes of driver {} failed: {}", driver.name(), ProviderCalls.describe(e));
            }
        }
        return all;
    }

    @Override
    public Volume inspect(String name) {
        return lookup.find(name).orElseThrow(() -> new NotFoundException("no such volume: " + name));
    }

    @Override
    public List<String> users(String name) {
        return users.of(name).stream().map(Container::id).toList();
    }

    @Override
    public long size(String name) {
        Volume volume = inspect(name);
        VolumeDriver driver = providers.volumeDriver(volume.driver());
        return providers.call("volume driver " + driver.name(), () -> driver.size(name));
    }

    @Override
    public void remove(String name, boolean force) {
        Volume volume = inspect(name);
        List<Container> using = users.of(name);
        boolean running = using.stream().anyMatch(c -> c.state().isLive());
        if (!using.isEmpty() && (!force || running)) {
            throw new ConflictException("remove " + name + ": volume is in use - "
                    + using.stream().map(Container::id).toList());
        }
        VolumeDriver driver = providers.volumeDriver(volume.driver());
        providers.run("volume driver " + driver.name(), () -> driver.remove(name));
    }

    @Override
    public VolumePrune prune(Predicate<Volume> which) {
        List<String> deleted = new ArrayList<>();
        long reclaimed = 0;
        for (Volume volume : list()) {
            if (!which.test(volume) || !users.of(volume.name()).isEmpty()) {
                continue;
            }
            try {
                long size = size(volume.name());
                remove(volume.name(), false);
                deleted.add(volume.name());
                reclaimed += Math.max(size, 0);
            } catch (ConflictException | NotFoundException e) {
                LOG.debug("Volume {} was not pruned: {}", volume.name(), e.getMessage());
            }
        }
        return new VolumePrune(deleted, reclaimed);
    }
}
