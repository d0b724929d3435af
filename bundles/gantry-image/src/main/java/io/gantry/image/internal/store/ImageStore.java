package io.gantry.image.internal.store;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.api.image.PruneResult;
import io.gantry.image.internal.content.ContentStore;
import io.gantry.image.internal.content.Lease;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The images under one root: the content store plus the index. Every index change is saved before the
 * call returns; blobs are written before the index refers to them and deleted after it stops.
 */
public final class ImageStore {
    private static final Logger LOG = LoggerFactory.getLogger(ImageStore.class);
    private static final String INDEX_FILE = "images.json";

    private final ContentStore content;
    private final ImageIndex index;

    private ImageStore(ContentStore content, ImageIndex index) {
        this.content = content;
        this.index = index;
    }

    public static ImageStore open(Path root) {
        try {
            ContentStore content = new ContentStore(root);
            return new ImageStore(content, ImageIndex.load(root.resolve(INDEX_FILE), content));
        } catch (IOException e) {
            throw new GantryException("cannot open the image store under " + root + ": " + e.getMessage(), e);
        }
    }

    public ContentStore content() {
        return content;
    }

    /**
     * Writes an image's blobs without holding the store (they stay pinned meanwhile), then records the
     * image and, unless {@code nameTag} is null, tags it. Blobs that end up unused are deleted.
     */
    public Image create(Function<Lease, ImageRecord> builder, String nameTag) {
        Lease lease = content.lease();
        try {
            return add(builder.apply(lease), nameTag, null);
        } finally {
            lease.close();
            deleteUnreferenced(lease.digests());
        }
    }

    /**
     * Like {@link #create} for blobs that are verified as they are stored: on failure they stay (unreferenced)
     * so a retry finds them. Unless null, {@code repoDigest} ("repository@digest") is recorded too.
     */
    public Image createKeepingBlobs(Function<Lease, ImageRecord> builder, String nameTag, String repoDigest) {
        try (Lease lease = content.lease()) {
            ImageRecord record = builder.apply(lease);
            return add(record, nameTag, repoDigest);
        }
    }

    /**
     * Like {@link #create} for several images at once: all are recorded and tagged, or none is.
     */
    public List<Image> createAll(Function<Lease, List<LoadedImage>> builder) {
        Lease lease = content.lease();
        try {
            return addAll(builder.apply(lease));
        } finally {
            lease.close();
            deleteUnreferenced(lease.digests());
        }
    }

    /** @throws NotFoundException for the first reference that names no image */
    public synchronized List<Resolution> resolveAll(List<String> references) {
        return references.stream().map(reference -> ImageResolver.resolve(index, reference)).toList();
    }

    /**
     * Deletes the images no container uses (with {@code all}, tagged ones too), then every blob no image
     * references and no lease holds, such as those a failed pull left.
     */
    public synchronized PruneResult prune(boolean all) {
        List<ImageRecord> doomed = index.records().stream()
                .filter(record -> index.usersOf(record.manifestDigest()).isEmpty())
                .filter(record -> all || index.tagsOf(record).isEmpty()).toList();
        Set<String> candidateChainIds = new HashSet<>();
        doomed.forEach(record -> {
            record.layers().forEach(layer -> candidateChainIds.add(layer.chainId()));
            index.delete(record);
        });
        if (!doomed.isEmpty()) {
            index.save();
        }
        long freed;
        try {
            freed = deleteUnreferenced(content.digests());
        } catch (IOException e) {
            throw new GantryException("cannot list the blobs of the image store: " + e.getMessage(), e);
        }
        return new PruneResult(doomed.stream().map(ImageRecord::id).toList(), freed,
                unusedChainIds(candidateChainIds));
    }

    public synchronized Set<String> unusedChainIds(Set<String> candidates) {
        Set<String> used = index.records().stream().flatMap(record -> record.layers().stream())
                .map(Layer::chainId).collect(Collectors.toSet());
        return candidates.stream().filter(chainId -> !used.contains(chainId)).collect(Collectors.toSet());
    }

    public synchronized ImageRecord findRecord(String reference) {
        return ImageResolver.resolve(index, reference).record();
    }

    public synchronized void addRepoDigest(String repoDigest, ImageRecord record) {
        index.addRepoDigest(repoDigest, record);
        index.save();
    }

    public synchronized Image find(String reference) {
        return toImage(ImageResolver.resolve(index, reference).record());
    }

    public synchronized List<Image> list() {
        return index.records().stream().map(this::toImage)
                .sorted(Comparator.comparing(Image::created).reversed().thenComparing(Image::id)).toList();
    }

    public synchronized void tag(String source, String nameTag) {
        index.tag(nameTag, ImageResolver.resolve(index, source).record());
        index.save();
    }

    public synchronized void retain(String image, String user) {
        index.addUser(ImageResolver.resolve(index, image).record(), user);
        index.save();
    }

    /** Releasing an image that a forced remove already deleted is not an error. */
    public synchronized void release(String image, String user) {
        try {
            index.removeUser(ImageResolver.resolve(index, image).record(), user);
            index.save();
        } catch (NotFoundException e) {
            LOG.debug("{} released image {}, which is gone", user, image);
        }
    }

    /**
     * Removing one of several tags only untags. Otherwise the image goes, with every tag, unless a
     * container uses it or an id names an image with several tags, and {@code force} is false.
     */
    public synchronized Removal remove(String reference, boolean force) {
        Resolution resolution = ImageResolver.resolve(index, reference);
        ImageRecord record = resolution.record();
        List<String> tags = index.tagsOf(record);
        if (resolution.byTag() && tags.size() > 1) {
            index.untag(resolution.nameTag());
            index.save();
            return new Removal(record.id(), List.of(resolution.nameTag()), false);
        }
        if (!force) {
            checkUnused(resolution, tags);
        }
        index.delete(record);
        index.save();
        deleteUnreferenced(record.blobs());
        return new Removal(record.id(), tags, true);
    }

    private void checkUnused(Resolution resolution, List<String> tags) {
        String shortId = ImageIds.shortId(resolution.record().id());
        if (!resolution.byTag() && tags.size() > 1) {
            throw new ConflictException("image " + shortId + " is tagged " + String.join(", ", tags)
                    + ": remove the tags one by one, or force");
        }
        SortedSet<String> users = index.usersOf(resolution.record().manifestDigest());
        if (!users.isEmpty()) {
            String more = users.size() > 1 ? " and " + (users.size() - 1) + " more" : "";
            throw new ConflictException("image " + (resolution.byTag() ? resolution.nameTag() : shortId)
                    + " is in use by container " + ImageIds.shortId(users.first()) + more);
        }
    }

    private synchronized Image add(ImageRecord built, String nameTag, String repoDigest) {
        ImageRecord existing = index.byId(built.id());
        ImageRecord record = existing != null ? existing : built;
        index.put(record);
        if (nameTag != null) {
            index.tag(nameTag, record);
        }
        if (repoDigest != null) {
            index.addRepoDigest(repoDigest, record);
        }
        index.save();
        return toImage(record);
    }

    private synchronized List<Image> addAll(List<LoadedImage> loaded) {
        List<Image> images = new ArrayList<>();
        for (LoadedImage image : loaded) {
            ImageRecord existing = index.byId(image.record().id());
            ImageRecord record = existing != null ? existing : image.record();
            index.put(record);
            image.nameTags().forEach(nameTag -> index.tag(nameTag, record));
        }
        index.save();
        loaded.forEach(image -> images.add(toImage(index.byId(image.record().id()))));
        return images;
    }

    /** Returns the bytes freed. */
    private synchronized long deleteUnreferenced(Collection<String> digests) {
        Set<String> referenced = index.records().stream().flatMap(record -> record.blobs().stream())
                .collect(Collectors.toSet());
        try {
            return content.deleteUnpinned(digests.stream().filter(digest -> !referenced.contains(digest)).toList());
        } catch (IOException e) {
            LOG.warn("cannot delete unused blobs {}: {}", digests, e.toString());
            return 0;
        }
    }

    private Image toImage(ImageRecord record) {
        return record.toImage(index.tagsOf(record));
    }
}
