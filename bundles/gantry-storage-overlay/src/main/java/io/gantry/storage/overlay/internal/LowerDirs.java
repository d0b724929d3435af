package io.gantry.storage.overlay.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.layer.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds the overlay mount options. The kernel takes at most a page of options, so when the layers' full
 * paths would make them too long, the lower directories are named through short symlinks in {@code l/}.
 */
final class LowerDirs {
    static final int MAX_OPTIONS_LENGTH = 3000;
    private static final int SHORT_NAME_LENGTH = 12;

    private final Path links;

    LowerDirs(Path links) {
        this.links = links;
    }

    /** Options for lower layer directories given base first; overlay wants the top one first. */
    String options(List<Path> diffsBaseFirst, Path upper, Path work) throws IOException {
        List<String> lowers = new ArrayList<>();
        for (Path diff : diffsBaseFirst) {
            lowers.add(0, checked(diff.toString()));
        }
        String options = format(lowers, upper, work);
        if (options.length() <= MAX_OPTIONS_LENGTH) {
            return options;
        }
        List<String> shortLowers = new ArrayList<>();
        for (Path diff : diffsBaseFirst) {
            shortLowers.add(0, checked(link(diff).toString()));
        }
        return format(shortLowers, upper, work);
    }

    /** The short symlink name of a layer's directory. */
    Path linkPath(Path layerDirectory) {
        return links.resolve(shortName(layerDirectory.getFileName().toString()));
    }

    private Path link(Path diff) throws IOException {
        Path layerDirectory = diff.getParent();
        Path link = linkPath(layerDirectory);
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            FileTrees.createTraversableDirectories(links);
            Files.createSymbolicLink(link, links.relativize(diff));
        }
        return link;
    }

    private static String format(List<String> lowers, Path upper, Path work) {
        return "lowerdir=" + String.join(":", lowers) + ",upperdir=" + checked(upper.toString())
                + ",workdir=" + checked(work.toString());
    }

    /** Overlay splits its options at ',' and its lower directories at ':'. */
    private static String checked(String path) {
        if (path.indexOf(',') >= 0 || path.indexOf(':') >= 0 || path.indexOf('\\') >= 0) {
            throw new FailedPreconditionException("overlay cannot use the path " + path
                    + ": it has a ',', ':' or '\\'; choose a data.root without them");
        }
        return path;
    }

    private static String shortName(String layerDirectory) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(layerDirectory.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, SHORT_NAME_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
