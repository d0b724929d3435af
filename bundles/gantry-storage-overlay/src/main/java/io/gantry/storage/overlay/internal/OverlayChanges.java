package io.gantry.storage.overlay.internal;

import io.gantry.api.container.monitor.FileChange.Kind;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.layer.FileAttributes;
import io.gantry.layer.LowerLayers;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code docker diff} from a container's upper folder: a whiteout is a deletion, an entry the lower layers have
 * is a modification (a folder only when its mode or owner differ), any other an addition. An opaque folder also
 * deletes what the lower layers have in it and it does not. Every folder above a change counts as modified.
 */
final class OverlayChanges {
    private final Path upper;
    private final LowerLayers lowers;
    private final Map<String, Kind> changes = new TreeMap<>();

    private OverlayChanges(Path upper, LowerLayers lowers) {
        this.upper = upper;
        this.lowers = lowers;
    }

    static List<FileChange> of(Path upper, LowerLayers lowers) throws IOException {
        OverlayChanges diff = new OverlayChanges(upper, lowers);
        diff.walk();
        return diff.withParents();
    }

    private void walk() throws IOException {
        Files.walkFileTree(upper, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(upper)) {
                    visit(dir);
                    if (lowers.isOpaque(dir)) {
                        deleteHidden(dir);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                visit(file);
                return FileVisitResult.CONTINUE;
            }

            /** A running container may delete what the walk has just listed. */
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private void visit(Path entry) throws IOException {
        Path relative = upper.relativize(entry);
        Optional<FileAttributes> found = FileAttributes.of(entry);
        if (found.isEmpty()) {
            return;
        }
        FileAttributes attributes = found.get();
        if (attributes.isWhiteout()) {
            changes.put(name(relative), Kind.DELETED);
            return;
        }
        Optional<Path> lower = lowers.find(relative);
        if (lower.isEmpty()) {
            changes.put(name(relative), Kind.ADDED);
        } else if (!attributes.isDirectory() || !FileAttributes.of(lower.get()).map(attributes::sameDirectoryAs)
                .orElse(false)) {
            changes.put(name(relative), Kind.MODIFIED);
        }
    }

    private void deleteHidden(Path folder) throws IOException {
        Path relative = upper.relativize(folder);
        for (String name : lowers.children(relative)) {
            if (FileAttributes.of(folder.resolve(name)).isEmpty()) {
                changes.put(name(relative.resolve(name)), Kind.DELETED);
            }
        }
    }

    private List<FileChange> withParents() {
        for (String path : List.copyOf(changes.keySet())) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                changes.putIfAbsent(path.substring(0, slash), Kind.MODIFIED);
            }
        }
        return changes.entrySet().stream().map(e -> new FileChange(e.getKey(), e.getValue())).toList();
    }

    private static String name(Path relative) {
        return "/" + relative;
    }
}
