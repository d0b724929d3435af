package io.gantry.itests.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removes folder trees the tests made, but never across a mount point that is still there. */
final class Folders {
    private Folders() {
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<String> mounts = mountsBelow(root.toRealPath());
        if (!mounts.isEmpty()) {
            throw new IOException("not removing " + root + ": still mounted below it: " + mounts);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<String> mountsBelow(Path root) throws IOException {
        String prefix = root.toString() + "/";
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/mountinfo"))) {
            return lines.map(line -> line.split(" ")[4])
                    .filter(mountPoint -> mountPoint.equals(root.toString()) || mountPoint.startsWith(prefix))
                    .toList();
        }
    }
}
