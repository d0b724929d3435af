package io.gantry.image.internal.archive;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Names inside an archive, normalized without ever touching the file system. */
final class ArchivePaths {
    private ArchivePaths() {
    }

    /**
     * "./a//b/" becomes "a/b".
     *
     * @throws InvalidArgumentException for an absolute name or one that climbs out with ".."
     */
    static String normalize(String name) {
        if (name.startsWith("/")) {
            throw new InvalidArgumentException("refusing archive entry " + name + ": absolute path");
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new InvalidArgumentException("refusing archive entry " + name + ": it points outside the archive");
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Where a symbolic link entry {@code name} with {@code target} points, as an archive name. */
    static String linkTarget(String name, String target) {
        if (target.startsWith("/")) {
            throw new InvalidArgumentException("refusing link " + name + " -> " + target + ": absolute target");
        }
        int slash = name.lastIndexOf('/');
        String directory = slash < 0 ? "" : name.substring(0, slash + 1);
        try {
            return normalize(directory + target);
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException("refusing link " + name + " -> " + target
                    + ": it points outside the archive", e);
        }
    }
}
