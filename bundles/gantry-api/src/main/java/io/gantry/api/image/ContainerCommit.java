package io.gantry.api.image;

import org.osgi.annotation.versioning.ProviderType;

/** {@code docker commit}: an image of a container, its file system changes as a new top layer. */
@ProviderType
public interface ContainerCommit {
    /**
     * @throws io.gantry.api.NotFoundException "No such container: x"
     * @throws io.gantry.api.InvalidArgumentException naming a change that is not valid
     */
    Image commit(String containerRef, CommitOptions options);
}
