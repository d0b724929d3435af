package io.gantry.api.network;

import java.nio.file.Path;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** Connects containers' network namespaces to networks. */
@ConsumerType
public interface NetworkDriver {
    /** The name users choose it by, e.g. "bridge". */
    String name();

    /** Sets up the container's side of {@code network} inside the namespace at {@code netns}. */
    NetworkAttachment attach(String containerId, String network, Path netns, Map<String, String> options);

    /** Undoes {@link #attach}. Idempotent: nothing is left behind even if the namespace is gone. */
    void detach(String containerId, String network, Path netns);
}
