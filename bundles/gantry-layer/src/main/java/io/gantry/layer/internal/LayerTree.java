package io.gantry.layer.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.layer.FileAttributes;
import io.gantry.layer.LowerLayers;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layer directory, walked one component at a time without following symlinks, so that no entry can
 * reach outside it. Remembers every path this layer created, for opaque directories in APPLY mode.
 */
public final class LayerTree {
    private static final int IMPLICIT_DIRECTORY_MODE = 0755;

    private final Path root;
    private final Syscalls syscalls;
    private final LowerLayers lowers;
    private final Set<Path> added = new HashSet<>();

    public LayerTree(Path root, Syscalls syscalls, LowerLayers lowers) {
        this.root = root;
        this.syscalls = syscalls;
        this.lowers = lowers;
    }

    public Path root() {
        return root;
    }

    /**
     * The directory at {@code components}, made where missing with the owner and mode the lower layers give
     * it, or else root's and 0755.
     */
    public Path directory(List<String> components, String entry) throws IOException {
        Path current = root;
        for (int i = 0; i < components.size(); i++) {
            current = current.resolve(components.get(i));
            BasicFileAttributes attributes = lstat(current);
            if (attributes == null) {
                Files.createDirectory(current);
                Optional<FileAttributes> lower = lowers.directory(components.subList(0, i + 1));
                if (lower.isPresent()) {
                    syscalls.lchown(current.toString(), lower.get().uid(), lower.get().gid());
                }
                syscalls.chmod(current.toString(), lower.map(l -> l.mode() & 07777).orElse(IMPLICIT_DIRECTORY_MODE));
                added.add(current);
            } else {
                requireDirectory(attributes, current, entry);
            }
        }
        return current;
    }

    /** The existing path at {@code components}, or null; only its last component may be a non-directory. */
    public Path existing(List<String> components, String entry) throws IOException {
        return walkExisting(components, entry, false);
    }

    /** The existing directory at {@code components}, or null if something on the way is missing. */
    public Path existingDirectory(List<String> components, String entry) throws IOException {
        return walkExisting(components, entry, true);
    }

    private Path walkExisting(List<String> components, String entry, boolean lastIsDirectory) throws IOException {
        Path current = root;
        for (int i = 0; i < components.size(); i++) {
            current = current.resolve(components.get(i));
            BasicFileAttributes attributes = lstat(current);
            if (attributes == null) {
                return null;
            }
            if (lastIsDirectory || i < components.size() - 1) {
                requireDirectory(attributes, current, entry);
            }
        }
        return current;
    }

    public void markAdded(Path path) {
        added.add(path);
    }

    public boolean isAdded(Path path) {
        return added.contains(path);
    }

    public static BasicFileAttributes lstat(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void requireDirectory(BasicFileAttributes attributes, Path path, String entry) {
        String relative = root.relativize(path).toString();
        if (attributes.isSymbolicLink()) {
            throw new InvalidArgumentException(
                    "layer entry '" + entry + "' goes through the symlink '" + relative + "'");
        }
        if (!attributes.isDirectory()) {
            throw new InvalidArgumentException(
                    "layer entry '" + entry + "' goes through '" + relative + "', which is not a directory");
        }
    }
}
