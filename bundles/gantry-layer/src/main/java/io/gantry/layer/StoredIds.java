package io.gantry.layer;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the ids kept in small files inside the directories of a store; hidden (temporary) ones are skipped. */
final class StoredIds {
    private StoredIds() {
    }

    /** The content of {@code idFile} in each visible subdirectory of {@code directory}. */
    static Set<String> read(Path directory, String idFile) {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(child -> !child.getFileName().toString().startsWith("."))
                    .map(child -> readFile(child.resolve(idFile)))
                    .filter(id -> !id.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new GantryException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The file's content, or "" if it does not exist. */
    static String readFile(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new GantryException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
