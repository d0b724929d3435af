package io.gantry.layer;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.layer.internal.Extraction;
import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Extracts an uncompressed layer tar into a directory, treating the tar as hostile: no entry can create,
 * change or link anything outside the directory, and no symlink is ever followed on the way. Device nodes,
 * modes (setuid, setgid, sticky), owners and times are kept. Content is streamed, never held in memory.
 */
public final class LayerExtractor {
    private final Syscalls syscalls;

    public LayerExtractor(Syscalls syscalls) {
        this.syscalls = syscalls;
    }

    /**
     * Extracts {@code tar} into the existing directory {@code layerDir}. Does not close {@code tar}; reads it to
     * the end so that a caller who digests the stream sees all of it. On error the directory is left partly
     * written: extract into a temporary directory and delete it on failure.
     *
     * @throws InvalidArgumentException if the tar is corrupt or an entry is hostile, naming the entry
     */
    public ExtractSummary extract(InputStream tar, Path layerDir, Whiteouts whiteouts) {
        return extract(tar, layerDir, whiteouts, List.of());
    }

    /**
     * Like {@link #extract(InputStream, Path, Whiteouts)} for an overlay diff: a directory that the tar does not
     * list but needs for its entries gets the owner and mode that {@code lowerDiffs} (top first) give it, so
     * the merged view keeps them as if the layer had been applied to the lower tree.
     */
    public ExtractSummary extract(InputStream tar, Path layerDir, Whiteouts whiteouts, List<Path> lowerDiffs) {
        Path root;
        try {
            root = layerDir.toRealPath();
        } catch (IOException e) {
            throw new GantryException("layer directory " + layerDir + " is not usable: " + e.getMessage(), e);
        }
        return extract(tar, new Extraction(syscalls, root, whiteouts,
                lowerDiffs.isEmpty() ? LowerLayers.NONE : new LowerLayers(syscalls, lowerDiffs)));
    }

    /**
     * Like {@link #extract(InputStream, Path, Whiteouts)} into a directory whose path is used as it is, not made
     * canonical: one under /proc/PID/root, whose link leads into another mount namespace that canonical paths
     * would leave. The caller has resolved every link of it.
     */
    public ExtractSummary extractAsGiven(InputStream tar, Path resolvedDir, Whiteouts whiteouts) {
        if (!Files.isDirectory(resolvedDir)) {
            throw new GantryException("directory " + resolvedDir + " is not usable: it is not a directory");
        }
        return extract(tar, new Extraction(syscalls, resolvedDir.toAbsolutePath().normalize(), whiteouts,
                LowerLayers.NONE));
    }

    private ExtractSummary extract(InputStream tar, Extraction extraction) {
        TarArchiveInputStream entries = new TarArchiveInputStream(tar);
        TarArchiveEntry entry;
        while ((entry = nextEntry(entries)) != null) {
            try {
                extraction.apply(entry, entries);
            } catch (IOException | NativeException e) {
                throw new GantryException("cannot extract layer entry '" + entry.getName() + "': " + e.getMessage(), e);
            } catch (InvalidPathException e) {
                throw new InvalidArgumentException("layer entry '" + entry.getName() + "' has an invalid path", e);
            }
        }
        drain(tar);
        return extraction.finish();
    }

    private static TarArchiveEntry nextEntry(TarArchiveInputStream entries) {
        try {
            return entries.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidArgumentException("layer is not a valid tar: " + e.getMessage(), e);
        }
    }

    private static void drain(InputStream tar) {
        try {
            tar.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new GantryException("cannot read the end of the layer tar: " + e.getMessage(), e);
        }
    }
}
