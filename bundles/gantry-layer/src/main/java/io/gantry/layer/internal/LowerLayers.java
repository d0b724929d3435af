package io.gantry.layer.internal;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The overlay diff directories below the layer being extracted, top first, read the way overlayfs merges
 * them: a 0:0 character device hides a path, an opaque directory hides what is below it. Nothing is
 * followed through a symlink.
 */
public final class LowerLayers {
    public static final LowerLayers NONE = new LowerLayers(null, List.of());
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final byte[] OPAQUE = "y".getBytes(StandardCharsets.UTF_8);

    /** Owner and permission bits of a directory. */
    public record DirectoryMode(int uid, int gid, int mode) {
    }

    private final Syscalls syscalls;
    private final List<Path> topFirst;

    public LowerLayers(Syscalls syscalls, List<Path> topFirst) {
        this.syscalls = syscalls;
        this.topFirst = List.copyOf(topFirst);
    }

    /** How the merged lower layers show the directory at {@code components}, or empty if they have none. */
    public Optional<DirectoryMode> directory(List<String> components) throws IOException {
        for (Path layer : topFirst) {
            Path current = layer;
            boolean belowOpaque = false;
            for (int i = 0; i < components.size(); i++) {
                current = current.resolve(components.get(i));
                Map<String, Object> stat = lstat(current);
                if (stat == null && belowOpaque) {
                    return Optional.empty();
                }
                if (stat == null) {
                    break;
                }
                int mode = (Integer) stat.get("mode");
                if ((mode & S_IFMT) != S_IFDIR) {
                    return Optional.empty();
                }
                if (i == components.size() - 1) {
                    return Optional.of(new DirectoryMode((Integer) stat.get("uid"), (Integer) stat.get("gid"),
                            mode & 07777));
                }
                belowOpaque |= isOpaque(current);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> lstat(Path path) throws IOException {
        try {
            return Files.readAttributes(path, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private boolean isOpaque(Path directory) {
        try {
            return Arrays.equals(OPAQUE, syscalls.lgetxattr(directory.toString(), "trusted.overlay.opaque"));
        } catch (NativeException notSet) {
            return false;
        }
    }
}
