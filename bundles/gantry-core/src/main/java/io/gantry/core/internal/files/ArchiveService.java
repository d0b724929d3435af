package io.gantry.core.internal.files;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.archive.ContainerArchive;
import io.gantry.api.container.archive.PathStat;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.StateStore;
import io.gantry.layer.LayerExtractor;
import io.gantry.layer.TreeTar;
import io.gantry.layer.Whiteouts;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code docker cp} and {@code docker export} on a container's root file system; {@code docker cp} of a running
 * container sees its mounts too, as a process inside does. Every path is resolved
 * inside that root (symbolic links and ".." cannot leave it); the last element of a path is not followed,
 * so a link is described and copied as a link. Copying in follows links to the target folder, inside the
 * root, and uses the image layers' safe extractor, which applies whiteout entries as deletions.
 */
@Component(service = ContainerArchive.class)
public final class ArchiveService implements ContainerArchive {
    private final StateStore state;
    private final RootfsAccess rootfs;
    private volatile Syscalls syscalls;

    @Activate
    public ArchiveService(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers) {
        this.state = state;
        this.rootfs = new RootfsAccess(providers);
    }

    /** Only copying into containers needs the libc bindings; everything else works without them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindSyscalls(Syscalls current) {
        syscalls = current;
    }

    public void unbindSyscalls(Syscalls gone) {
        if (syscalls == gone) {
            syscalls = null;
        }
    }

    @Override
    public PathStat statPath(String ref, String path) {
        ContainerHandle handle = state.index().resolve(ref);
        return rootfs.runAsSeenInside(handle, root -> {
            Path file = locate(handle, root, path);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            String link = attributes.isSymbolicLink() ? Files.readSymbolicLink(file).toString() : "";
            return new PathStat(nameOf(path), attributes.size(), mode, attributes.lastModifiedTime().toInstant(), link);
        });
    }

    @Override
    public void copyFrom(String ref, String path, OutputStream tar) {
        ContainerHandle handle = state.index().resolve(ref);
        rootfs.runAsSeenInside(handle, root -> {
            TreeTar.write(locate(handle, root, path), nameOf(path), tar);
            return null;
        });
    }

    /** noOverwriteDirNonDir is not enforced: the extractor replaces what an entry names, like a layer does. */
    @Override
    public void copyTo(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir) {
        ContainerHandle handle = state.index().resolve(ref);
        Syscalls current = syscalls;
        if (current == null) {
            throw new FailedPreconditionException("copying into a container needs the libc bindings (gantry-native)");
        }
        rootfs.runAsSeenInside(handle, root -> {
            Path folder = RootfsPath.resolve(root, path);
            // the root itself may be /proc/PID/root, a link to follow; anything under it is not followed
            LinkOption[] options = folder.equals(root) ? new LinkOption[0]
                    : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            if (!Files.exists(folder, options)) {
                throw notFound(handle, path);
            }
            if (!Files.isDirectory(folder, options)) {
                throw new InvalidArgumentException("cannot copy into " + path + " in container "
                        + handle.view().name() + ": it is not a folder");
            }
            LayerExtractor extractor = new LayerExtractor(current);
            if (root.startsWith("/proc")) {
                extractor.extractAsGiven(tar, folder, Whiteouts.APPLY);
            } else {
                extractor.extract(tar, folder, Whiteouts.APPLY);
            }
            return null;
        });
    }

    @Override
    public void export(String ref, OutputStream tar) {
        ContainerHandle handle = state.index().resolve(ref);
        rootfs.run(handle, root -> {
            TreeTar.write(root, "", tar);
            return null;
        });
    }

    /** The path's folder resolved inside the root, then its last element as it is (a link stays a link). */
    private static Path locate(ContainerHandle handle, Path root, String path) throws IOException {
        String absolute = path.startsWith("/") ? path : "/" + path;
        Path normal = Path.of(absolute).normalize();
        Path file = normal.getParent() == null ? root
                : RootfsPath.resolve(root, normal.getParent().toString()).resolve(normal.getFileName().toString());
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw notFound(handle, path);
        }
        return file;
    }

    private static NotFoundException notFound(ContainerHandle handle, String path) {
        return new NotFoundException("Could not find the file " + path + " in container " + handle.view().name());
    }

    private static String nameOf(String path) {
        Path name = Path.of("/" + path).normalize().getFileName();
        return name == null ? "." : name.toString();
    }
}
