package io.gantry.volume.local.internal;

import io.gantry.api.GantryException;
import io.gantry.api.files.AtomicFiles;
import io.gantry.api.volume.VolumeNames;
import io.gantry.layer.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The volumes on disk, as Docker lays them out: one folder each under {@code <data.root>/volumes}, holding the data
 * in {@code _data} and what the volume was made with in {@code opts.json}. A volume is made in a hidden folder and
 * renamed into place whole; before its data is deleted it is renamed into another hidden folder. A folder counts
 * as a volume only if its name is a valid volume name and it holds opts.json, so the hidden folders an interrupted
 * create or remove leaves are never volumes; {@link #leftovers} finds them.
 */
final class VolumeFolders {
    static final String DATA = "_data";
    static final String OPTIONS = "opts.json";
    static final String CREATING = ".create-";
    static final String REMOVING = ".remove-";

    private final Path root;

    VolumeFolders(Path root) {
        this.root = root;
    }

    /** The data folder of a volume; {@code name} must be valid. */
    Path data(String name) {
        return root.resolve(VolumeNames.check(name)).resolve(DATA);
    }

    /** What the volume was created with; empty if there is no volume of that name, or the name is invalid. */
    Optional<VolumeRecord> read(String name) {
        if (!VolumeNames.isValid(name)) {
            return Optional.empty();
        }
        Path options = root.resolve(name).resolve(OPTIONS);
        if (!Files.isDirectory(root.resolve(name), LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(options, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalJson.MAPPER.readValue(options.toFile(), VolumeRecord.class));
        } catch (IOException e) {
            throw new GantryException("cannot read volume " + name + ": " + e.getMessage(), e);
        }
    }

    /** The names of the folders that could be volumes, sorted; {@link #read} tells which are. */
    List<String> names() {
        return children().map(Path::getFileName).map(Path::toString).filter(VolumeNames::isValid).sorted().toList();
    }

    void create(String name, VolumeRecord record) throws IOException {
        FileTrees.createTraversableDirectories(root);
        Path staged = Files.createTempDirectory(root, CREATING);
        try {
            FileTrees.createTraversableDirectories(staged);
            Files.setPosixFilePermissions(Files.createDirectory(staged.resolve(DATA)),
                    PosixFilePermissions.fromString("rwxr-xr-x"));
            AtomicFiles.write(staged.resolve(OPTIONS), LocalJson.MAPPER.writeValueAsBytes(record));
            Files.move(staged, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.syncFolder(root);
        } finally {
            FileTrees.delete(staged);
        }
    }

    /** Renames the volume's folder into a new hidden one, which the caller then deletes. */
    Path moveAway(String name) throws IOException {
        Path doomed = Files.createTempDirectory(root, REMOVING);
        Files.move(root.resolve(VolumeNames.check(name)), doomed.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.syncFolder(root);
        return doomed;
    }

    /** The hidden folders of creates and removes that did not finish. */
    List<Path> leftovers() {
        return children().filter(child -> child.getFileName().toString().startsWith(CREATING)
                || child.getFileName().toString().startsWith(REMOVING)).toList();
    }

    private Stream<Path> children() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.toList().stream();
        } catch (IOException e) {
            throw new GantryException("cannot list the volumes in " + root + ": " + e.getMessage(), e);
        }
    }
}
