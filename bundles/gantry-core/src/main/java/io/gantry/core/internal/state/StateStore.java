package io.gantry.core.internal.state;

import io.gantry.api.ConflictException;
import io.gantry.api.config.EngineRoots;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The containers the engine knows: their records on disk under {@code <data.root>/containers}, loaded at
 * activation, and in memory by id and name, with the futures waiting for their exits, the readers of their
 * logs and the attach requests waiting for their start. A new data root restarts this component and every one
 * that depends on it.
 */
@Component(service = StateStore.class, configurationPid = EngineRoots.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class StateStore {
    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);

    private final EnginePaths paths;
    private final ContainerIndex index = new ContainerIndex();
    private final ContainerStore records;
    private final ContainerNames names = new ContainerNames(index);
    private final Waiters waiters = new Waiters();
    private final LogFollowers followers = new LogFollowers();
    private final StartAttaches attaches = new StartAttaches();
    private volatile boolean open = true;

    @Activate
    public StateStore(EngineRoots roots) {
        this.paths = EnginePaths.of(roots);
        this.records = new ContainerStore(paths, Json.MAPPER);
        for (ContainerRecord record : records.loadAll()) {
            try {
                index.reserveName(record.name, record.id);
                index.add(new ContainerHandle(record, paths.logPath(record.id)));
            } catch (ConflictException e) {
                LOG.error("Container {} is not loaded: {}", record.id, e.getMessage());
            }
        }
    }

    @Deactivate
    public void deactivate() {
        open = false;
    }

    public EnginePaths paths() {
        return paths;
    }

    public ContainerIndex index() {
        return index;
    }

    /** The records on disk; {@link ContainerStore#save} publishes a locked handle's record to readers. */
    public ContainerStore records() {
        return records;
    }

    public ContainerNames names() {
        return names;
    }

    public Waiters waiters() {
        return waiters;
    }

    public LogFollowers followers() {
        return followers;
    }

    /** The attach requests waiting for a container's next start. */
    public StartAttaches attaches() {
        return attaches;
    }

    /** False once this store is deactivated: log followers and background work stop looking at it. */
    public boolean isOpen() {
        return open;
    }
}
