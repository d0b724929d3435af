package io.gantry.volume.local.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gantry.api.GantryException;
import io.gantry.api.files.AtomicFiles;
import io.gantry.api.volume.VolumeNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which containers have each volume mounted, kept for the next instance of the driver: the container ids in
 * {@code <run.root>/volumes/<name>/mounted-by.json}, replaced atomically, and deleted with its folder when the last
 * one unmounts. It lives in the run root because the mounts it speaks of last until a reboot, as that root does.
 */
final class MountedBy {
    private static final TypeReference<List<String>> IDS = new TypeReference<>() { };

    private final Path folder;

    MountedBy(Path folder) {
        this.folder = folder;
    }

    /** A copy the caller may change and {@link #save}. */
    SortedSet<String> of(String volume) {
        Path file = fileOf(volume);
        try {
            return Files.exists(file) ? new TreeSet<>(LocalJson.MAPPER.readValue(file.toFile(), IDS)) : new TreeSet<>();
        } catch (IOException e) {
            throw new GantryException("cannot read which containers have volume " + volume + " mounted: "
                    + e.getMessage(), e);
        }
    }

    void save(String volume, SortedSet<String> containerIds) {
        Path file = fileOf(volume);
        try {
            if (containerIds.isEmpty()) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            } else {
                Files.createDirectories(file.getParent());
                AtomicFiles.write(file, LocalJson.MAPPER.writeValueAsBytes(List.copyOf(containerIds)));
            }
        } catch (IOException e) {
            throw new GantryException("cannot record which containers have volume " + volume + " mounted: "
                    + e.getMessage(), e);
        }
    }

    /** A folder per volume, as a valid volume name is a file name but may be too long for a longer one. */
    private Path fileOf(String volume) {
        return folder.resolve(VolumeNames.check(volume)).resolve("mounted-by.json");
    }
}
