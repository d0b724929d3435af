package io.gantry.layer;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The lower layers of a container (their diff folders, top first) seen as overlayfs merges them: a whiteout
 * or a file hides what the layers below have at and under its path, and an opaque folder hides what they
 * have under it.
 */
public final class LowerLayers {
    /** No lower layers: nothing is found below. */
    public static final LowerLayers NONE = new LowerLayers(null, List.of());
    private static final String OPAQUE = "trusted.overlay.opaque";

    private enum Lookup { FOUND, ABSENT, HIDDEN }

    private final Syscalls syscalls;
    private final List<Path> diffsTopFirst;

    public LowerLayers(Syscalls syscalls, List<Path> diffsTopFirst) {
        this.syscalls = syscalls;
        this.diffsTopFirst = List.copyOf(diffsTopFirst);
    }

    /** The entry visible at {@code relative} (no leading '/'), as a path in the layer that holds it. */
    public Optional<Path> find(Path relative) throws IOException {
        for (Path diff : diffsTopFirst) {
            Lookup lookup = lookIn(diff, relative);
            if (lookup == Lookup.FOUND) {
                return Optional.of(diff.resolve(relative));
            }
            if (lookup == Lookup.HIDDEN) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The owner and mode of the folder the merged layers show at {@code components}, if they show one. */
    public Optional<FileAttributes> directory(List<String> components) throws IOException {
        if (components.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> found = find(Path.of(components.get(0), components.subList(1, components.size())
                .toArray(String[]::new)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return FileAttributes.of(found.get()).filter(FileAttributes::isDirectory);
    }

    /** The names visible in the folder at {@code relative}. */
    public Set<String> children(Path relative) throws IOException {
        Set<String> candidates = new TreeSet<>();
        for (Path diff : diffsTopFirst) {
            Path folder = diff.resolve(relative);
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    entries.forEach(entry -> candidates.add(entry.getFileName().toString()));
                }
            }
        }
        Set<String> visible = new TreeSet<>();
        for (String name : candidates) {
            if (find(relative.resolve(name)).isPresent()) {
                visible.add(name);
            }
        }
        return visible;
    }

    public boolean isOpaque(Path folder) {
        try {
            byte[] value = syscalls.lgetxattr(folder.toString(), OPAQUE);
            return value.length == 1 && value[0] == 'y';
        } catch (NativeException e) {
            if (e.errno() == Syscalls.ENODATA) {
                return false;
            }
            throw e;
        }
    }

    private Lookup lookIn(Path diff, Path relative) throws IOException {
        Path current = diff;
        boolean underOpaque = false;
        for (int i = 0; i < relative.getNameCount(); i++) {
            current = current.resolve(relative.getName(i).toString());
            Optional<FileAttributes> attributes = FileAttributes.of(current);
            if (attributes.isEmpty()) {
                return underOpaque ? Lookup.HIDDEN : Lookup.ABSENT;
            }
            boolean last = i == relative.getNameCount() - 1;
            if (attributes.get().isWhiteout() || !last && !attributes.get().isDirectory()) {
                return Lookup.HIDDEN;
            }
            underOpaque |= !last && isOpaque(current);
        }
        return Lookup.FOUND;
    }
}
