package io.gantry.image.internal.archive;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.image.internal.content.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The regular files of an image archive, read entry by entry into numbered files of a private temp
 * directory (archive names never become file names), each hashed on the way. Links resolve to the file they
 * name within the archive; anything else (devices, fifos) is ignored. Closing deletes the directory.
 */
final class ArchiveSpool implements AutoCloseable {
    /** Limit for the JSON documents of an archive, which are read into memory. */
    static final long MAX_DOCUMENT = 8L << 20;

    private final Path directory;
    private final Map<String, SpooledFile> files = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();

    private ArchiveSpool(Path directory) {
        this.directory = directory;
    }

    /** Reads the whole tar; on failure nothing stays under {@code tempRoot}. */
    static ArchiveSpool read(InputStream in, Path tempRoot) {
        ArchiveSpool spool;
        try {
            spool = new ArchiveSpool(Files.createTempDirectory(Files.createDirectories(tempRoot), "load-"));
        } catch (IOException e) {
            throw new GantryException("cannot make a temp directory under " + tempRoot + ": " + e.getMessage(), e);
        }
        try {
            spool.readEntries(new TarArchiveInputStream(in));
            return spool;
        } catch (IOException | RuntimeException e) {
            spool.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new InvalidArgumentException("cannot read the image archive: " + e.getMessage(), e);
        }
    }

    /** Deletes the spools a crash left under {@code tempRoot}. */
    static void deleteLeftovers(Path tempRoot) {
        if (!Files.isDirectory(tempRoot)) {
            return;
        }
        try (Stream<Path> leftovers = Files.list(tempRoot)) {
            leftovers.filter(path -> path.getFileName().toString().startsWith("load-"))
                    .forEach(path -> new ArchiveSpool(path).close());
        } catch (IOException e) {
            throw new GantryException("cannot list temp directory " + tempRoot + ": " + e.getMessage(), e);
        }
    }

    private void readEntries(TarArchiveInputStream tar) throws IOException {
        int count = 0;
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            String name = ArchivePaths.normalize(entry.getName());
            if (entry.isSymbolicLink()) {
                links.put(name, ArchivePaths.linkTarget(name, entry.getLinkName()));
            } else if (entry.isLink()) {
                links.put(name, ArchivePaths.normalize(entry.getLinkName()));
            } else if (entry.isFile()) {
                requireRoomFor(name, entry.getSize());
                files.put(name, spool(tar, directory.resolve(Integer.toString(count++))));
            }
        }
    }

    private void requireRoomFor(String name, long size) throws IOException {
        long free = Files.getFileStore(directory).getUsableSpace();
        if (size > free) {
            throw new InvalidArgumentException("refusing archive entry " + name + " of " + size
                    + " bytes: only " + free + " bytes are free under " + directory);
        }
    }

    private static SpooledFile spool(InputStream content, Path file) throws IOException {
        MessageDigest sha256 = Digests.newSha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            long size = content.transferTo(out);
            return new SpooledFile(file, size, Digests.format(sha256));
        }
    }

    /** Whether the archive has a regular file (or a link to one) of this name. */
    boolean has(String name) {
        return find(name) != null;
    }

    /** @throws InvalidArgumentException naming the file if the archive lacks it */
    SpooledFile file(String name) {
        SpooledFile file = find(name);
        if (file == null) {
            throw new InvalidArgumentException("the image archive has no file " + name);
        }
        return file;
    }

    /** A small file read whole, e.g. a manifest or a config. */
    byte[] document(String name) {
        SpooledFile file = file(name);
        if (file.size() > MAX_DOCUMENT) {
            throw new InvalidArgumentException("refusing " + name + " of the image archive: " + file.size()
                    + " bytes is too large for a JSON document");
        }
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new GantryException("cannot read " + name + " of the image archive: " + e.getMessage(), e);
        }
    }

    private SpooledFile find(String name) {
        String resolved = ArchivePaths.normalize(name);
        for (int hops = 0; hops < 16 && links.containsKey(resolved); hops++) {
            resolved = links.get(resolved);
        }
        return files.get(resolved);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new GantryException("cannot delete temp directory " + directory + ": " + e.getMessage(), e);
        }
    }
}
