package io.gantry.layer.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.natives.Syscalls;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/** Creates the file system object a tar entry describes at a path that is known to be safe. */
final class EntryCreator {
    private final Syscalls syscalls;
    private final LayerTree tree;

    EntryCreator(Syscalls syscalls, LayerTree tree) {
        this.syscalls = syscalls;
        this.tree = tree;
    }

    /** A directory by its type, not by a trailing slash that a symlink or device entry may also have. */
    static boolean isDirectory(TarArchiveEntry entry) {
        return entry.isDirectory() && !entry.isSymbolicLink() && !entry.isLink() && !entry.isCharacterDevice()
                && !entry.isBlockDevice() && !entry.isFIFO();
    }

    /** Whether the entry is of a type that extraction creates; others, like GNU volume headers, are skipped. */
    static boolean isCreatable(TarArchiveEntry entry) {
        return entry.isSymbolicLink() || entry.isLink() || entry.isCharacterDevice() || entry.isBlockDevice()
                || entry.isFIFO() || entry.isDirectory() || entry.isFile();
    }

    /** Returns the bytes of content written. The order of the checks matters: isFile() is true for most types. */
    long create(TarArchiveEntry entry, InputStream content, Path target) throws IOException {
        int permissions = entry.getMode() & 07777;
        if (entry.isSymbolicLink()) {
            symlink(entry, target);
        } else if (entry.isLink()) {
            Files.createLink(target, linkSource(entry));
        } else if (entry.isCharacterDevice()) {
            syscalls.mknod(target.toString(), Syscalls.S_IFCHR | permissions,
                    Syscalls.makedev(entry.getDevMajor(), entry.getDevMinor()));
        } else if (entry.isBlockDevice()) {
            syscalls.mknod(target.toString(), Syscalls.S_IFBLK | permissions,
                    Syscalls.makedev(entry.getDevMajor(), entry.getDevMinor()));
        } else if (entry.isFIFO()) {
            syscalls.mknod(target.toString(), Syscalls.S_IFIFO | permissions, 0);
        } else if (isDirectory(entry)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(target);
            }
        } else {
            return regularFile(entry, content, target);
        }
        return 0;
    }

    /** The content must be as long as the header says: a tar cut short is refused, not half extracted. */
    private static long regularFile(TarArchiveEntry entry, InputStream content, Path target) throws IOException {
        long expected = entry.isSparse() ? entry.getRealSize() : entry.getSize();
        long written = FileContent.write(new FilterInputStream(content) {
            @Override
            public int read(byte[] buffer, int offset, int length) {
                try {
                    return super.read(buffer, offset, length);
                } catch (IOException e) {
                    throw new InvalidArgumentException("layer entry '" + entry.getName() + "' cannot be read to its "
                            + expected + " bytes: " + e.getMessage(), e);
                }
            }
        }, target);
        if (written != expected) {
            throw new InvalidArgumentException("layer entry '" + entry.getName() + "' is cut short: the tar holds "
                    + written + " of its " + expected + " bytes");
        }
        return written;
    }

    private static void symlink(TarArchiveEntry entry, Path target) throws IOException {
        String linkName = entry.getLinkName();
        if (linkName.isEmpty()) {
            throw new InvalidArgumentException("layer entry '" + entry.getName() + "' is a symlink to nothing");
        }
        Files.createSymbolicLink(target, Path.of(linkName));
    }

    /** The hard link's source, which must already be in the layer, reached without following symlinks. */
    private Path linkSource(TarArchiveEntry entry) throws IOException {
        String name = entry.getName();
        String linkName = entry.getLinkName();
        String problem = "layer entry '" + name + "' links to '" + linkName + "'";
        List<String> components;
        try {
            components = EntryName.components(linkName, name);
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException(problem + ", which escapes the layer");
        }
        Path source = components.isEmpty() ? null : tree.existing(components, name);
        BasicFileAttributes attributes = source == null ? null : LayerTree.lstat(source);
        if (attributes == null || attributes.isDirectory()) {
            throw new InvalidArgumentException(problem + ", which is not a file in the layer");
        }
        return source;
    }
}
