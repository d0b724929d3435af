package io.gantry.shell.internal.copy;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.archive.ContainerArchive;
import io.gantry.api.container.archive.PathStat;
import io.gantry.layer.TreeTar;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Copies between a container and the host as docker cp does: into an existing folder the copy keeps its
 * name; onto a path that does not exist (or an existing file) it takes that path's name. The tar goes
 * through a temporary file, which is always deleted.
 */
public final class ContainerCopy {
    private final ContainerLifecycle containers;
    private final ContainerArchive archive;
    private final Path scratch;

    /**
     * @param containers only to check that a destination container exists before the tar is written
     * @param scratch the folder for the temporary tar
     */
    public ContainerCopy(ContainerLifecycle containers, ContainerArchive archive, Path scratch) {
        this.containers = containers;
        this.archive = archive;
        this.scratch = scratch;
    }

    public void copy(CopyEndpoint source, CopyEndpoint destination) throws IOException {
        if (source.inContainer() == destination.inContainer()) {
            throw new InvalidArgumentException(source.inContainer()
                    ? "copying between containers is not supported"
                    : "one side must be in a container: CONTAINER:PATH");
        }
        if (source.inContainer()) {
            toHost(source, Path.of(destination.path()));
        } else {
            toContainer(Path.of(source.path()), destination);
        }
    }

    private void toHost(CopyEndpoint source, Path destination) throws IOException {
        PathStat stat = archive.statPath(source.container(), source.path());
        boolean intoFolder = Files.isDirectory(destination);
        if (!intoFolder && Files.exists(destination, LinkOption.NOFOLLOW_LINKS) && stat.isDirectory()) {
            throw new InvalidArgumentException("cannot copy folder " + source.path() + " onto file " + destination);
        }
        Path folder = intoFolder ? destination : destination.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new NotFoundException("destination folder " + folder + " does not exist");
        }
        HostExtraction extraction = new HostExtraction(folder, intoFolder ? null : destination.getFileName().toString());
        Path tar = Files.createTempFile(scratch, "cp-", ".tar");
        try {
            try (OutputStream out = Files.newOutputStream(tar)) {
                archive.copyFrom(source.container(), source.path(), out);
            }
            try (InputStream in = Files.newInputStream(tar)) {
                extraction.extract(in);
            }
        } finally {
            Files.deleteIfExists(tar);
        }
    }

    private void toContainer(Path source, CopyEndpoint destination) throws IOException {
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotFoundException("no such file or folder on the host: " + source);
        }
        containers.inspect(destination.container());
        String folder;
        String name;
        PathStat target = statOrNull(destination);
        if (target != null && target.isDirectory()) {
            folder = destination.path();
            name = source.toAbsolutePath().normalize().getFileName().toString();
        } else if (target != null && Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidArgumentException("cannot copy folder " + source + " onto file " + destination.path());
        } else {
            folder = destination.parent();
            name = destination.baseName();
        }
        Path tar = Files.createTempFile(scratch, "cp-", ".tar");
        try {
            try (OutputStream out = Files.newOutputStream(tar)) {
                TreeTar.write(source, name, out);
            }
            try (InputStream in = Files.newInputStream(tar)) {
                archive.copyTo(destination.container(), folder, in, false);
            }
        } finally {
            Files.deleteIfExists(tar);
        }
    }

    private PathStat statOrNull(CopyEndpoint destination) {
        try {
            return archive.statPath(destination.container(), destination.path());
        } catch (NotFoundException missing) {
            return null;
        }
    }
}
