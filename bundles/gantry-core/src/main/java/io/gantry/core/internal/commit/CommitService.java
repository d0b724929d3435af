package io.gantry.core.internal.commit;

import io.gantry.api.container.ContainerState;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.CommitOptions;
import io.gantry.api.image.ContainerCommit;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageCommit;
import io.gantry.api.image.ImageService;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.core.internal.files.ContainerChanges;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import io.gantry.layer.ChangesTar;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code docker commit}: the container's changes, as {@code docker diff} lists them, become the top layer of a
 * new image over its image's layers, with its run config. The container is locked throughout, and a running
 * one is frozen unless the request says not to, so that the layer is one moment of its file system. A commit event
 * follows, as Docker's, with the comment, the image id and the reference given.
 */
@Component(service = ContainerCommit.class)
public final class CommitService implements ContainerCommit {
    private final StateStore state;
    private final ProviderDirectory providers;
    private final ImageService images;
    private final ContainerChanges changes;
    private final ContainerEvents events;

    @Activate
    public CommitService(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "imageService") ImageService images, @Reference(name = "eventBus") EventBus bus) {
        this.state = state;
        this.providers = providers;
        this.images = images;
        this.changes = new ContainerChanges(providers);
        this.events = new ContainerEvents(bus);
    }

    @Override
    public Image commit(String containerRef, CommitOptions options) {
        ContainerHandle handle = state.index().resolve(containerRef);
        CommitOptions given = options == null ? new CommitOptions(null, null, null, true, null, null) : options;
        Image image = handle.locked(() -> {
            ContainerRecord record = handle.record();
            ImageCommit commit = new ImageCommit(record.imageId, record.id,
                    ContainerRunConfig.of(record.config, record.imageConfig), given.overrides(), given.changes(),
                    given.comment(), given.author(), given.reference());
            Supplier<Image> work = () -> changes.with(handle, (root, changed) -> images.commit(commit,
                    tar -> ChangesTar.write(root, changed, tar)));
            return given.pause() && record.state == ContainerState.RUNNING ? frozen(record, work) : work.get();
        });
        events.publish(handle.view(), "commit", Map.of("comment", orEmpty(given.comment()), "imageID", image.id(),
                "imageRef", orEmpty(given.reference())));
        return image;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private Image frozen(ContainerRecord record, Supplier<Image> work) {
        OciRuntime runtime = providers.runtime(record.runtime);
        providers.run("runtime " + runtime.name(), () -> runtime.pause(record.id));
        try {
            return work.get();
        } finally {
            providers.run("runtime " + runtime.name(), () -> runtime.resume(record.id));
        }
    }
}
