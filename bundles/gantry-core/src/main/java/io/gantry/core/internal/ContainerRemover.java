package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.storage.StorageDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes containers. The REMOVING state is persisted first, so a removal cut short (engine stopped,
 * driver failure) is finished by recovery or by another remove.
 */
final class ContainerRemover {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerRemover.class);

    private final EngineParts parts;
    private final ContainerStopper stopper;
    private final Teardown teardown;

    ContainerRemover(EngineParts parts, ContainerStopper stopper) {
        this.parts = parts;
        this.stopper = stopper;
        this.teardown = new Teardown(parts.providers(), parts.networks());
    }

    void remove(ContainerHandle handle, boolean force) {
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
            parts.store().save(handle);
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
        StorageDriver driver = parts.providers().storageDriver(record.storageDriver);
        ProviderCalls.run("storage driver " + driver.name(), () -> driver.remove(record.id));
        try {
            parts.images().release(record.imageId, record.id);
        } catch (RuntimeException e) {
            // an image removed by force no longer tracks its users; that must not keep the container
            LOG.warn("Releasing image {} of container {} failed: {}", record.imageId, record.id,
                    ProviderCalls.describe(e));
        }
        parts.store().delete(record.id);
        parts.execs().removeContainer(record.id);
        parts.index().remove(handle);
        handle.markRemoved();
        Container last = handle.view();
        parts.events().publish(last, "destroy");
        parts.waiters().removed(record.id, record.exitStatus());
    }
}
