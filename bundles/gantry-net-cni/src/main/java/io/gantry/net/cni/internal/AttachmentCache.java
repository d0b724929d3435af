package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.api.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One JSON file per container and network under {@code <data.root>/cni/attachments}, replaced atomically. */
final class AttachmentCache {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentCache.class);
    private static final ObjectMapper JSON = CniJson.MAPPER;
    private final Path dir;

    AttachmentCache(Path dir) {
        this.dir = dir;
    }

    List<CachedAttachment> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<CachedAttachment> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    all.add(JSON.readValue(file.toFile(), CachedAttachment.class));
                } catch (IOException e) {
                    LOG.warn("Ignoring unreadable CNI attachment record {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new GantryException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return all;
    }

    Optional<CachedAttachment> find(String containerId, String network) {
        return all().stream().filter(a -> a.containerId().equals(containerId) && a.network().equals(network))
                .findFirst();
    }

    void save(CachedAttachment attachment) {
        Path file = fileOf(attachment.containerId(), attachment.network());
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(attachment));
        } catch (IOException e) {
            throw new GantryException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void delete(String containerId, String network) {
        Path file = fileOf(containerId, network);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new GantryException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private Path fileOf(String containerId, String network) {
        return dir.resolve(network + "@" + containerId + ".json");
    }
}
