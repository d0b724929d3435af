package io.gantry.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.layer.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Container records on disk: one directory per container holding container.json, written atomically. */
final class ContainerStore {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerStore.class);

    private final Settings settings;
    private final ObjectMapper json;

    ContainerStore(Settings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    /** Every readable record; a damaged one is logged and skipped so that the others still load. */
    List<ContainerRecord> loadAll() {
        Path dir = settings.containersDir();
        List<ContainerRecord> records = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return records;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path file : children.map(c -> c.resolve("container.json")).filter(Files::isRegularFile).toList()) {
                try {
                    records.add(json.readValue(file.toFile(), ContainerRecord.class));
                } catch (IOException e) {
                    LOG.error("Skipping unreadable container record {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return records;
    }

    /** Writes the record of a locked handle and publishes it to readers. */
    void save(ContainerHandle handle) {
        ContainerRecord record = handle.record();
        try {
            Files.createDirectories(settings.containerDir(record.id));
            AtomicFiles.write(settings.recordFile(record.id), json.writeValueAsBytes(record));
        } catch (IOException e) {
            throw new GantryException("cannot save container " + record.id + ": " + e.getMessage(), e);
        }
        handle.refreshView();
    }

    /** Deletes the container's directory with everything in it. */
    void delete(String id) {
        Path dir = settings.containerDir(id);
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new GantryException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
