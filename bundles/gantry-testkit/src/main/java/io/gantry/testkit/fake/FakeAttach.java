package io.gantry.testkit.fake;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.attach.ContainerAttach;
import io.gantry.api.container.attach.StdioStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Attach to the containers of a {@link FakeContainers}: every attach hands out the one {@link #stdio}. */
public final class FakeAttach implements ContainerAttach {
    /** The stdio of every attached container, played by the test. */
    public final FakeStdio stdio = new FakeStdio();
    /** The requests that wait for a container's start, by container id. */
    public final Map<String, CompletableFuture<StdioStream>> waiting = new ConcurrentHashMap<>();
    private final FakeContainers containers;

    public FakeAttach(FakeContainers containers) {
        this.containers = containers;
        containers.onStart(id -> {
            CompletableFuture<StdioStream> request = waiting.remove(id);
            if (request != null) {
                containers.calls.add("attach " + id + " on start");
                request.complete(stdio);
            }
        });
    }

    /** Journals "attach &lt;id&gt; stdin=&lt;b&gt;"; a container that is not running is a conflict. */
    @Override
    public StdioStream attach(String ref, boolean stdin) {
        Container c = containers.inspect(ref);
        if (c.state() != ContainerState.RUNNING) {
            throw new ConflictException("container " + c.name() + " is not running");
        }
        containers.calls.add("attach " + c.id() + " stdin=" + stdin);
        return stdio;
    }

    /**
     * A running container is attached at once ({@link #attach}); any other waits in {@link #waiting} until
     * {@link FakeContainers#start} journals "attach &lt;id&gt; on start". A paused one is a conflict.
     */
    @Override
    public CompletableFuture<StdioStream> attachOnStart(String ref, boolean stdin) {
        Container c = containers.inspect(ref);
        if (c.state() == ContainerState.PAUSED) {
            throw new ConflictException("container " + c.name() + " is paused, unpause the container before attach");
        }
        if (c.state() == ContainerState.RUNNING) {
            return CompletableFuture.completedFuture(attach(ref, stdin));
        }
        containers.calls.add("attach " + c.id() + " stdin=" + stdin + " waits");
        CompletableFuture<StdioStream> request = new CompletableFuture<>();
        request.whenComplete((s, e) -> waiting.remove(c.id(), request));
        waiting.put(c.id(), request);
        return request;
    }

    /** Journals "resize &lt;id&gt; &lt;height&gt;x&lt;width&gt;". */
    @Override
    public void resize(String ref, int height, int width) {
        containers.calls.add("resize " + containers.inspect(ref).id() + " " + height + "x" + width);
    }
}
