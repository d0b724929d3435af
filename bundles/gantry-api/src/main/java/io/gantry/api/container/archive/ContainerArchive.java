package io.gantry.api.container.archive;

import java.io.InputStream;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Files of containers, running or not: describe a path, copy in and out as tar, export the whole tree. Every method that takes {@code ref}
 * accepts a name, a full id or a unique id prefix, and throws {@link io.gantry.api.NotFoundException} when
 * none matches.
 */
@ProviderType
public interface ContainerArchive {
    /**
     * Describes a path in the container's file system, running or not. Symbolic links in the path are
     * resolved inside the container's root, never on the host.
     *
     * @throws io.gantry.api.NotFoundException if the container or the path does not exist
     */
    PathStat statPath(String ref, String path);

    /** Writes a tar of the file or folder at {@code path}; its top entry is named after the last path element. */
    void copyFrom(String ref, String path, OutputStream tar);

    /**
     * Extracts a tar into the folder at {@code path}, with the same safety as image layers: no entry may
     * land outside the container's root.
     *
     * @param noOverwriteDirNonDir refuse to replace a folder with a non-folder or the other way round
     * @throws io.gantry.api.NotFoundException if {@code path} does not exist
     * @throws io.gantry.api.InvalidArgumentException if {@code path} is not a folder or the tar is malformed
     */
    void copyTo(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir);

    /** Writes the container's whole file system as a tar. */
    void export(String ref, OutputStream tar);
}
