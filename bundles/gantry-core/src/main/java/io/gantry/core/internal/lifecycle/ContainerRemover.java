package io.gantry.core.internal.lifecycle;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.image.ImageService;
import io.gantry.api.storage.StorageDriver;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import io.gantry.core.internal.volume.ContainerVolumes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes containers. The REMOVING state is persisted first, so a removal cut short (engine stopped,
 * driver failure) is finished by recovery or by another remove.
 */
final class ContainerRemover {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerRemover.class);

    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerNetworks networks;
    private final ImageService images;
    private final ContainerEvents events;
    private final ContainerStopper stopper;
    private final ContainerVolumes volumes;
    private final Teardown teardown;

    ContainerRemover(StateStore state, ProviderDirectory providers, ContainerNetworks networks, ImageService images,
            ContainerEvents events, ContainerStopper stopper) {
        this.state = state;
        this.providers = providers;
        this.networks = networks;
        this.images = images;
        this.events = events;
        this.stopper = stopper;
        this.volumes = new ContainerVolumes(providers, state.index());
        this.teardown = new Teardown(providers, networks, volumes);
    }

    /** @param removeVolumes also remove its anonymous volumes that no other container uses */
    void remove(ContainerHandle handle, boolean force, boolean removeVolumes) {
        if (handle.view().state().isLive()) {
            if (!force) {
                throw new ConflictException("You cannot remove a running container " + handle.id()
                        + ". Stop the container before attempting removal or force remove");
            }
            stopper.killAndWait(handle);
        }
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (handle.isRemoved()) {
                return;
            }
            if (record.state.isLive()) {
                throw new ConflictException("container " + record.name + " was started again while being removed");
            }
            record.state = ContainerState.REMOVING;
            record.removingVolumes = removeVolumes;
            state.records().save(handle);
            destroy(handle);
        });
    }

    /** Finishes a removal that was persisted as REMOVING. */
    void finishRemoval(ContainerHandle handle) {
        handle.locked(() -> {
            if (!handle.isRemoved() && handle.record().state == ContainerState.REMOVING) {
                destroy(handle);
            }
        });
    }

    private void destroy(ContainerHandle handle) {
        ContainerRecord record = handle.record();
        teardown.release(record);
        if (record.removingVolumes) {
            volumes.removeAnonymous(record);
        }
        StorageDriver driver = providers.storageDriver(record.storageDriver);
        providers.run("storage driver " + driver.name(), () -> driver.remove(record.id));
        try {
            images.release(record.imageId, record.id);
        } catch (RuntimeException e) {
            // an image removed by force no longer tracks its users; that must not keep the container
            LOG.warn("Releasing image {} of container {} failed: {}", record.imageId, record.id,
                    ProviderCalls.describe(e));
        }
        state.records().delete(record.id);
        state.index().remove(handle);
        handle.markRemoved();
        Container last = handle.view();
        events.publish(last, "destroy");
        state.waiters().removed(record.id, record.exitStatus());
        state.attaches().removed(record.id);
    }
}
