package io.gantry.layer.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.layer.FileTrees;
import io.gantry.layer.Whiteouts;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Turns the whiteout entries of a layer tar into overlayfs whiteouts, or applies them to the lower layers. */
public final class WhiteoutEntry {
    public static final String PREFIX = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";
    private static final String META_PREFIX = ".wh..wh.";

    private final Syscalls syscalls;
    private final LayerTree tree;
    private final Whiteouts mode;

    public WhiteoutEntry(Syscalls syscalls, LayerTree tree, Whiteouts mode) {
        this.syscalls = syscalls;
        this.tree = tree;
        this.mode = mode;
    }

    public static boolean isWhiteout(String baseName) {
        return baseName.startsWith(PREFIX);
    }

    public void apply(List<String> components, String entry) throws IOException {
        String baseName = components.get(components.size() - 1);
        List<String> parent = components.subList(0, components.size() - 1);
        if (baseName.equals(OPAQUE)) {
            opaque(parent, entry);
        } else if (!baseName.startsWith(META_PREFIX)) {
            hide(parent, baseName.substring(PREFIX.length()), entry);
        }
    }

    private void hide(List<String> parent, String hidden, String entry) throws IOException {
        if (hidden.isEmpty() || hidden.equals(".") || hidden.equals("..")) {
            throw new InvalidArgumentException("layer entry '" + entry + "' is a whiteout of an invalid name");
        }
        if (mode == Whiteouts.OVERLAY) {
            Path device = tree.directory(parent, entry).resolve(hidden);
            FileTrees.delete(device);
            syscalls.mknod(device.toString(), Syscalls.S_IFCHR, 0);
            tree.markAdded(device);
            return;
        }
        Path directory = tree.existingDirectory(parent, entry);
        if (directory != null) {
            FileTrees.delete(directory.resolve(hidden));
        }
    }

    private void opaque(List<String> parent, String entry) throws IOException {
        Path directory = tree.directory(parent, entry);
        if (mode == Whiteouts.OVERLAY) {
            syscalls.lsetxattr(directory.toString(), "trusted.overlay.opaque", "y".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(directory) || tree.isAdded(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                FileTrees.delete(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!tree.isAdded(file)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
