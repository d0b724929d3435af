package io.gantry.api.container.attach;

import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The standard streams and terminal of running containers. Every method that takes {@code ref}
 * accepts a name, a full id or a unique id prefix, and throws {@link io.gantry.api.NotFoundException} when
 * none matches.
 */
@ProviderType
public interface ContainerAttach {
    /**
     * Connects to the stdio of a running container: output from now on, and stdin when {@code stdin} is
     * true and the container was created with an open stdin.
     *
     * @throws io.gantry.api.ConflictException if the container is not running
     */
    StdioStream attach(String ref, boolean stdin);

    /**
     * Connects to the stdio of a running container at once, or else of its next start, before its process runs,
     * so that none of its output is missed (`docker run -it` and `docker start -ai` attach first, then start).
     * The future fails with {@link io.gantry.api.NotFoundException} if the container is removed first.
     * Cancelling it withdraws the request; a stream connected meanwhile is closed.
     *
     * @throws io.gantry.api.ConflictException if the container is paused
     */
    CompletableFuture<StdioStream> attachOnStart(String ref, boolean stdin);

    /** Resizes the terminal of a container created with a tty. */
    void resize(String ref, int height, int width);
}
