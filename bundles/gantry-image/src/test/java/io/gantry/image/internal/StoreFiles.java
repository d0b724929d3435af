package io.gantry.image.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the image store has on disk under a data root. */
final class StoreFiles {
    private StoreFiles() {
    }

    static Path imageRoot(Path dataRoot) {
        return dataRoot.resolve("image");
    }

    static Path blob(Path dataRoot, String digest) {
        return imageRoot(dataRoot).resolve("blobs/sha256").resolve(digest.substring("sha256:".length()));
    }

    static Set<String> blobs(Path dataRoot) throws IOException {
        try (Stream<Path> files = Files.list(imageRoot(dataRoot).resolve("blobs/sha256"))) {
            return files.map(file -> "sha256:" + file.getFileName()).collect(Collectors.toSet());
        }
    }

    /** The manifest digest that the index file maps a "name:tag" to. */
    static String manifestOf(Path dataRoot, String nameTag) throws IOException {
        JsonNode index = new ObjectMapper().readTree(imageRoot(dataRoot).resolve("images.json").toFile());
        return index.path("tags").path(nameTag).asText();
    }

    /** Temp files: in the ingest folder, or left next to the index. */
    static List<Path> tempFiles(Path dataRoot) throws IOException {
        try (Stream<Path> files = Files.walk(imageRoot(dataRoot))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getParent().endsWith("ingest") || file.toString().endsWith(".tmp"))
                    .toList();
        }
    }
}
