package io.gantry.core.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a path inside a container's root file system as if that were "/": symbolic links, absolute or
 * relative, and ".." never lead outside it. The container may have planted links; this keeps them harmless.
 */
public final class RootfsPath {
    private static final int MAX_LINKS = 40;

    private RootfsPath() {
    }

    public static Path resolve(Path rootfs, String path) throws IOException {
        Deque<String> pending = new ArrayDeque<>(parts(path));
        List<String> resolved = new ArrayList<>();
        int links = 0;
        while (!pending.isEmpty()) {
            String part = pending.pop();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!resolved.isEmpty()) {
                    resolved.remove(resolved.size() - 1);
                }
                continue;
            }
            Path candidate = join(rootfs, resolved).resolve(part);
            if (!Files.isSymbolicLink(candidate)) {
                resolved.add(part);
                continue;
            }
            if (++links > MAX_LINKS) {
                throw new IOException("too many levels of symbolic links in " + path);
            }
            String target = Files.readSymbolicLink(candidate).toString();
            if (target.startsWith("/")) {
                resolved.clear();
            }
            List<String> targetParts = parts(target);
            for (int i = targetParts.size() - 1; i >= 0; i--) {
                pending.push(targetParts.get(i));
            }
        }
        return join(rootfs, resolved);
    }

    private static List<String> parts(String path) {
        return List.of(path.split("/"));
    }

    private static Path join(Path rootfs, List<String> parts) {
        Path result = rootfs;
        for (String part : parts) {
            result = result.resolve(part);
        }
        return result;
    }
}
