package io.gantry.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a folder holds, for tests to compare before and after; symlinks are never followed. */
public final class FolderContents {
    private FolderContents() {
    }

    /** The names of the entries right in {@code folder}. */
    public static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(child -> child.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** Every path under {@code root}, {@code root} included. */
    public static Set<Path> tree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.collect(Collectors.toSet());
        }
    }
}
