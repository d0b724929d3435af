package io.gantry.testkit.fake;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.attach.ContainerAttach;
import io.gantry.api.container.attach.StdioStream;

/** Attach to the containers of a {@link FakeContainers}: every attach hands out the one {@link #stdio}. */
public final class FakeAttach implements ContainerAttach {
    /** The stdio of every attached container, played by the test. */
    public final FakeStdio stdio = new FakeStdio();
    private final FakeContainers containers;

    public FakeAttach(FakeContainers containers) {
        this.containers = containers;
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

    /** Journals "resize &lt;id&gt; &lt;height&gt;x&lt;width&gt;". */
    @Override
    public void resize(String ref, int height, int width) {
        containers.calls.add("resize " + containers.inspect(ref).id() + " " + height + "x" + width);
    }
}
