package io.gantry.core.internal.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A container's log files: the live one conmon writes, and beside it the rotated ones, {@code .1} the newest,
 * each either plain or gzipped ({@code .1.gz}).
 */
record LogFiles(Path live) {
    static final String GZIP = ".gz";

    Path rotated(int index) {
        return live.resolveSibling(live.getFileName() + "." + index);
    }

    Path compressed(int index) {
        return live.resolveSibling(live.getFileName() + "." + index + GZIP);
    }

    /**
     * The rotated files, oldest first; of an index found both plain and gzipped (while it is being compressed,
     * both are whole) the plain one.
     */
    List<Path> rotatedOldestFirst() throws IOException {
        Pattern name = Pattern.compile(Pattern.quote(live.getFileName().toString()) + "\\.(\\d+)(\\.gz)?");
        TreeMap<Integer, Path> byIndex = new TreeMap<>(Comparator.reverseOrder());
        if (!Files.isDirectory(live.getParent())) {
            return List.of();
        }
        try (DirectoryStream<Path> folder = Files.newDirectoryStream(live.getParent())) {
            for (Path file : folder) {
                Matcher m = name.matcher(file.getFileName().toString());
                if (m.matches()) {
                    byIndex.merge(Integer.parseInt(m.group(1)), file,
                            (a, b) -> a.toString().endsWith(GZIP) ? b : a);
                }
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    /** Opens a rotated file for reading, uncompressing a gzipped one. */
    static ReadableByteChannel openRotated(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!file.toString().endsWith(GZIP)) {
            return Channels.newChannel(in);
        }
        try {
            return Channels.newChannel(new GZIPInputStream(in));
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
