package io.gantry.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mount points of this process's mount namespace, read from /proc/self/mountinfo. */
public final class MountPoints {
    private static final Pattern OCTAL_ESCAPE = Pattern.compile("\\\\([0-7]{3})");

    private MountPoints() {
    }

    /** Mount points at or below {@code root}. */
    public static List<Path> under(Path root) {
        Path real = realPath(root);
        try {
            return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                    .map(line -> Path.of(unescape(line.split(" ")[4])))
                    .filter(mountPoint -> mountPoint.startsWith(real))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lazily unmounts (umount -l) every mount point at or below {@code root}, so that a test can fail on what was
     * left without leaving it to the next one; returns them.
     */
    public static List<Path> detachAllUnder(Path root) throws IOException, InterruptedException {
        List<Path> mountPoints = under(root);
        for (Path mountPoint : mountPoints) {
            new ProcessBuilder("umount", "-l", mountPoint.toString()).inheritIO().start().waitFor();
        }
        return mountPoints;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String unescape(String field) {
        Matcher matcher = OCTAL_ESCAPE.matcher(field);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            char c = (char) Integer.parseInt(matcher.group(1), 8);
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(c)));
        }
        return matcher.appendTail(out).toString();
    }
}
