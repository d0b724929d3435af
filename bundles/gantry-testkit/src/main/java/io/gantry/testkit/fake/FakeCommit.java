package io.gantry.testkit.fake;

import io.gantry.api.image.CommitOptions;
import io.gantry.api.image.ContainerCommit;
import io.gantry.api.image.Image;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Commits of the containers of a {@link FakeContainers}: records the options and answers an untagged image. */
public final class FakeCommit implements ContainerCommit {
    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** The options of the last commit. */
    public volatile CommitOptions last;
    private final FakeContainers containers;

    public FakeCommit(FakeContainers containers) {
        this.containers = containers;
    }

    /** @throws io.gantry.api.NotFoundException "No such container: x", as the fake lifecycle answers */
    @Override
    public Image commit(String containerRef, CommitOptions options) {
        String id = containers.inspect(containerRef).id();
        last = options;
        calls.add("commit " + id + " " + options.reference());
        return FakeImages.UNTAGGED;
    }
}
