package io.gantry.storage.vfs.internal;

import io.gantry.api.container.monitor.FileChange.Kind;
import io.gantry.api.container.monitor.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code docker diff} of a container's copy against the layer it was copied from: a path only in the copy is
 * added (with all it holds), a path only in the layer deleted (the top one only), a path in both modified when
 * {@link Entry#differsFrom} says so. Every folder above a change counts as modified.
 */
final class TreeChanges {
    private final Map<String, Kind> changes = new TreeMap<>();

    private TreeChanges() {
    }

    /** @param layer the layer's files, null when the container stands on no layer */
    static List<FileChange> between(Path layer, Path copy) throws IOException {
        TreeChanges diff = new TreeChanges();
        if (layer == null) {
            diff.addAll(copy, "");
        } else {
            diff.compare(layer, copy, "");
        }
        return diff.withParents();
    }

    private void compare(Path before, Path after, String path) throws IOException {
        Set<String> names = new TreeSet<>(namesIn(before));
        names.addAll(namesIn(after));
        for (String name : names) {
            String child = path + "/" + name;
            var old = Entry.of(before.resolve(name));
            var now = Entry.of(after.resolve(name));
            if (now.isEmpty()) {
                changes.put(child, Kind.DELETED);
            } else if (old.isEmpty() || old.get().isDirectory() != now.get().isDirectory()) {
                changes.put(child, old.isEmpty() ? Kind.ADDED : Kind.MODIFIED);
                if (now.get().isDirectory()) {
                    addAll(after.resolve(name), child);
                }
            } else {
                if (now.get().differsFrom(old.get())) {
                    changes.put(child, Kind.MODIFIED);
                }
                if (now.get().isDirectory()) {
                    compare(before.resolve(name), after.resolve(name), child);
                }
            }
        }
    }

    private void addAll(Path folder, String path) throws IOException {
        for (String name : namesIn(folder)) {
            changes.put(path + "/" + name, Kind.ADDED);
            if (Entry.of(folder.resolve(name)).map(Entry::isDirectory).orElse(false)) {
                addAll(folder.resolve(name), path + "/" + name);
            }
        }
    }

    private static Set<String> namesIn(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Entry.of(folder).map(Entry::isDirectory).orElse(false)) {
            try (Stream<Path> children = Files.list(folder)) {
                children.forEach(child -> names.add(child.getFileName().toString()));
            }
        }
        return names;
    }

    private List<FileChange> withParents() {
        for (String path : List.copyOf(changes.keySet())) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                changes.putIfAbsent(path.substring(0, slash), Kind.MODIFIED);
            }
        }
        return changes.entrySet().stream().map(e -> new FileChange(e.getKey(), e.getValue())).toList();
    }
}
