package io.gantry.api.shim;

import io.gantry.api.container.attach.StdioStream;
import java.util.concurrent.CompletableFuture;

/** A running exec'd process. */
public interface ExecProcess {
    /** Host pid of the process. */
    int pid();

    /** Its stdio, connected when the exec started; null for a detached exec. */
    StdioStream stdio();

    /** Completes with the exit code. */
    CompletableFuture<Integer> exit();

    void resize(int height, int width);
}
