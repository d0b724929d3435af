package io.gantry.image.internal.content;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.files.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blobs by digest under {@code blobs/sha256/<hex>}. A write goes to a temp file under {@code ingest/}, is
 * checked against its digest, synced and renamed into place, so a blob file is always complete. A blob
 * written through a {@link Lease} is pinned until the lease closes, so a concurrent delete cannot take
 * it away before an image refers to it.
 */
public final class ContentStore {
    private static final Logger LOG = LoggerFactory.getLogger(ContentStore.class);

    private final Path blobs;
    private final Path ingest;
    private final Map<String, Integer> pins = new HashMap<>();

    public ContentStore(Path root) throws IOException {
        this.blobs = Files.createDirectories(root.resolve("blobs").resolve("sha256"));
        this.ingest = Files.createDirectories(root.resolve("ingest"));
        try (Stream<Path> leftovers = Files.list(ingest)) {
            for (Path leftover : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    public Path path(String digest) {
        return blobs.resolve(Digests.hex(digest));
    }

    public boolean contains(String digest) {
        return Files.isRegularFile(path(digest));
    }

    public Lease lease() {
        return new Lease(this);
    }

    public InputStream open(String digest) {
        try {
            return Files.newInputStream(path(digest));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("blob " + digest + " is missing from the content store", e);
        } catch (IOException e) {
            throw new GantryException("cannot read blob " + digest + ": " + e.getMessage(), e);
        }
    }

    /** Reads a small blob whole and checks it against its digest. */
    public byte[] read(String digest) {
        byte[] content;
        try (InputStream in = open(digest)) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new GantryException("cannot read blob " + digest + ": " + e.getMessage(), e);
        }
        String actual = Digests.sha256(content);
        if (!actual.equals(digest)) {
            throw new GantryException("blob " + digest + " is corrupt: its content hashes to " + actual);
        }
        return content;
    }

    /** Deletes those of {@code digests} that no lease holds; returns the bytes freed. */
    public synchronized long deleteUnpinned(Collection<String> digests) throws IOException {
        long freed = 0;
        for (String digest : digests) {
            Path blob = path(digest);
            if (!pins.containsKey(digest) && Files.isRegularFile(blob)) {
                long size = Files.size(blob);
                Files.delete(blob);
                freed += size;
            }
        }
        return freed;
    }

    /** Every stored blob's digest. */
    public Set<String> digests() throws IOException {
        try (Stream<Path> files = Files.list(blobs)) {
            return files.map(file -> Digests.SHA256_PREFIX + file.getFileName())
                    .filter(Digests::isValid).collect(Collectors.toSet());
        }
    }

    Blob write(BlobWriter writer, String expectedDigest, BlobCheck check) {
        Path temp = null;
        try {
            temp = Files.createTempFile(ingest, "blob-", ".tmp");
            MessageDigest sha256 = Digests.newSha256();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(
                        new DigestOutputStream(Channels.newOutputStream(channel), sha256), 1 << 16);
                writer.writeTo(out);
                out.flush();
                channel.force(true);
                size = channel.size();
            }
            String digest = Digests.format(sha256);
            if (expectedDigest != null && !expectedDigest.equals(digest)) {
                throw new InvalidArgumentException(
                        "content does not match its digest: expected " + expectedDigest + ", got " + digest);
            }
            check.check(temp);
            commit(temp, digest);
            return new Blob(digest, size);
        } catch (IOException | UncheckedIOException e) {
            throw new GantryException("cannot store a blob under " + blobs + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Pins a committed blob, if there is one, as if it had just been written. */
    synchronized boolean pinIfPresent(String digest) {
        if (!contains(digest)) {
            return false;
        }
        pins.merge(digest, 1, Integer::sum);
        return true;
    }

    private synchronized void commit(Path temp, String digest) throws IOException {
        AtomicFiles.moveIntoPlace(temp, path(digest));
        pins.merge(digest, 1, Integer::sum);
    }

    synchronized void unpin(String digest) {
        pins.computeIfPresent(digest, (key, count) -> count == 1 ? null : count - 1);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("cannot delete temp file {}: {}", temp, e.toString());
        }
    }
}
