package io.gantry.image.internal.store;

import io.gantry.api.GantryException;
import io.gantry.api.files.AtomicFiles;
import io.gantry.image.internal.content.ContentStore;
import io.gantry.image.internal.oci.CanonicalJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Images, tags and image users in memory, saved to one JSON file. Not thread-safe. */
final class ImageIndex {
    private static final Logger LOG = LoggerFactory.getLogger(ImageIndex.class);

    private final Path file;
    private final Map<String, ImageRecord> images = new HashMap<>();
    private final Map<String, SortedSet<String>> users = new HashMap<>();
    private final SortedMap<String, String> tags = new TreeMap<>();
    private final SortedMap<String, String> repoDigests = new TreeMap<>();

    private ImageIndex(Path file) {
        this.file = file;
    }

    /** Reads the index; an image whose manifest or config cannot be read is logged and left out. */
    static ImageIndex load(Path file, ContentStore content) throws IOException {
        ImageIndex index = new ImageIndex(file);
        if (!Files.exists(file)) {
            return index;
        }
        IndexFile stored = CanonicalJson.read(Files.readAllBytes(file), IndexFile.class, "image index " + file);
        stored.images().forEach((manifestDigest, entry) -> {
            try {
                index.images.put(manifestDigest, ImageRecord.load(content, manifestDigest));
                index.users.put(manifestDigest, new TreeSet<>(entry.users()));
            } catch (GantryException e) {
                LOG.error("dropping image {} from the index: {}", manifestDigest, e.getMessage());
            }
        });
        stored.tags().forEach((nameTag, manifestDigest) -> {
            if (index.images.containsKey(manifestDigest)) {
                index.tags.put(nameTag, manifestDigest);
            }
        });
        stored.repoDigests().forEach((repoDigest, manifestDigest) -> {
            if (index.images.containsKey(manifestDigest)) {
                index.repoDigests.put(repoDigest, manifestDigest);
            }
        });
        return index;
    }

    void save() {
        Map<String, IndexFile.Entry> entries = new TreeMap<>();
        images.keySet().forEach(digest -> entries.put(digest, new IndexFile.Entry(List.copyOf(usersOf(digest)))));
        try {
            AtomicFiles.write(file, CanonicalJson.write(new IndexFile(entries, tags, repoDigests)));
        } catch (IOException e) {
            throw new GantryException("cannot write the image index " + file + ": " + e.getMessage(), e);
        }
    }

    Collection<ImageRecord> records() {
        return images.values();
    }

    ImageRecord byManifest(String manifestDigest) {
        return images.get(manifestDigest);
    }

    ImageRecord byTag(String nameTag) {
        String manifestDigest = tags.get(nameTag);
        return manifestDigest == null ? null : images.get(manifestDigest);
    }

    ImageRecord byId(String id) {
        return images.values().stream().filter(record -> record.id().equals(id)).findFirst().orElse(null);
    }

    ImageRecord byRepoDigest(String repoDigest) {
        String manifestDigest = repoDigests.get(repoDigest);
        return manifestDigest == null ? null : images.get(manifestDigest);
    }

    /** @param repoDigest "repository@digest", the digest being the manifest's or its index's */
    void addRepoDigest(String repoDigest, ImageRecord record) {
        repoDigests.put(repoDigest, record.manifestDigest());
    }

    List<String> tagsOf(ImageRecord record) {
        return tags.entrySet().stream().filter(tag -> tag.getValue().equals(record.manifestDigest()))
                .map(Map.Entry::getKey).toList();
    }

    SortedSet<String> usersOf(String manifestDigest) {
        return users.getOrDefault(manifestDigest, new TreeSet<>());
    }

    void put(ImageRecord record) {
        images.put(record.manifestDigest(), record);
    }

    void tag(String nameTag, ImageRecord record) {
        tags.put(nameTag, record.manifestDigest());
    }

    void untag(String nameTag) {
        tags.remove(nameTag);
    }

    /** Forgets the image, its tags and its users. */
    void delete(ImageRecord record) {
        images.remove(record.manifestDigest());
        users.remove(record.manifestDigest());
        tags.values().removeIf(record.manifestDigest()::equals);
        repoDigests.values().removeIf(record.manifestDigest()::equals);
    }

    void addUser(ImageRecord record, String user) {
        users.computeIfAbsent(record.manifestDigest(), digest -> new TreeSet<>()).add(user);
    }

    void removeUser(ImageRecord record, String user) {
        usersOf(record.manifestDigest()).remove(user);
    }
}
