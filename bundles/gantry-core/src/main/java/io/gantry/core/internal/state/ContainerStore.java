package io.gantry.core.internal.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.api.files.AtomicFiles;
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
public final class ContainerStore {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerStore.class);

    private final EnginePaths paths;
    private final ObjectMapper json;

    public ContainerStore(EnginePaths paths, ObjectMapper json) {
        this.paths = paths;
        this.json = json;
    }

    /** Every readable record; a damaged one is logged and skipped so that the others still load. */
    public List<ContainerRecord> loadAll() {
        Path dir = paths.containersDir();
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
    public void save(ContainerHandle handle) {
        ContainerRecord record = handle.record();
        try {
            Files.createDirectories(paths.containerDir(record.id));
            AtomicFiles.write(paths.recordFile(record.id), json.writeValueAsBytes(record));
        } catch (IOException e) {
            throw new GantryException("cannot save container " + record.id + ": " + e.getMessage(), e);
        }
        handle.refreshView();
    }

    /** Deletes the container's directory with everything in it. */
    public void delete(String id) {
        Path dir = paths.containerDir(id);
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new GantryException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
