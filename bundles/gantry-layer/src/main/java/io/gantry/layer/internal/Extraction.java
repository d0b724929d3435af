package io.gantry.layer.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.layer.ExtractSummary;
import io.gantry.layer.FileTrees;
import io.gantry.layer.LowerLayers;
import io.gantry.layer.Whiteouts;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One extraction of one layer tar: writes each entry safely and remembers what it needs at the end. */
public final class Extraction {
    private static final Logger LOG = LoggerFactory.getLogger(Extraction.class);

    private final LayerTree tree;
    private final Metadata metadata;
    private final WhiteoutEntry whiteouts;
    private final EntryCreator creator;
    private final Map<Path, FileTime> directoryTimes = new LinkedHashMap<>();
    private long entries;
    private long bytes;

    public Extraction(Syscalls syscalls, Path root, Whiteouts mode, LowerLayers lowers) {
        this.tree = new LayerTree(root, syscalls, lowers);
        this.metadata = new Metadata(syscalls);
        this.whiteouts = new WhiteoutEntry(syscalls, tree, mode);
        this.creator = new EntryCreator(syscalls, tree);
    }

    public void apply(TarArchiveEntry entry, InputStream content) throws IOException {
        String name = entry.getName();
        List<String> components = EntryName.components(name, name);
        if (!EntryCreator.isCreatable(entry)) {
            LOG.debug("skipping layer entry '{}' of tar type {}", name, (char) entry.getLinkFlag());
            return;
        }
        entries++;
        if (components.isEmpty()) {
            layerRoot(entry);
            return;
        }
        String baseName = components.get(components.size() - 1);
        if (WhiteoutEntry.isWhiteout(baseName)) {
            whiteouts.apply(components, name);
            return;
        }
        Path target = tree.directory(components.subList(0, components.size() - 1), name).resolve(baseName);
        BasicFileAttributes existing = LayerTree.lstat(target);
        if (existing != null && !(existing.isDirectory() && EntryCreator.isDirectory(entry))) {
            FileTrees.delete(target);
        }
        bytes += creator.create(entry, content, target);
        tree.markAdded(target);
        applyMetadata(entry, target);
    }

    private void layerRoot(TarArchiveEntry entry) {
        if (!EntryCreator.isDirectory(entry)) {
            throw new InvalidArgumentException("layer entry '" + entry.getName() + "' would replace the layer root");
        }
        applyMetadata(entry, tree.root());
    }

    private void applyMetadata(TarArchiveEntry entry, Path target) {
        if (entry.isLink()) {
            return;
        }
        if (entry.isSymbolicLink()) {
            metadata.owner(target, entry.getLongUserId(), entry.getLongGroupId());
            metadata.modificationTime(target, entry.getLastModifiedTime());
            return;
        }
        metadata.ownerAndMode(target, entry.getLongUserId(), entry.getLongGroupId(), entry.getMode());
        if (EntryCreator.isDirectory(entry)) {
            directoryTimes.put(target, entry.getLastModifiedTime());
        } else {
            metadata.modificationTime(target, entry.getLastModifiedTime());
        }
    }

    /** Sets directory times last, deepest first, since creating their content changed them. */
    public ExtractSummary finish() {
        List<Path> directories = new ArrayList<>(directoryTimes.keySet());
        for (int i = directories.size() - 1; i >= 0; i--) {
            metadata.modificationTime(directories.get(i), directoryTimes.get(directories.get(i)));
        }
        return new ExtractSummary(entries, bytes);
    }
}
