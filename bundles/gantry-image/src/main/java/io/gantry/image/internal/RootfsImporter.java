package io.gantry.image.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.image.internal.content.Blob;
import io.gantry.image.internal.content.Lease;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Stores a plain or gzip root file system tarball as an uncompressed layer blob. The tar is parsed as it
 * streams into the blob, so the input is checked without being held in memory.
 */
final class RootfsImporter {
    private static final int BUFFER = 1 << 16;

    private RootfsImporter() {
    }

    /** @throws InvalidArgumentException if the input is not a (gzip) tar archive; nothing is stored then */
    static Blob store(Lease lease, InputStream tarball) {
        return lease.write(out -> copyTar(tarball, out));
    }

    private static void copyTar(InputStream source, OutputStream out) {
        try {
            InputStream buffered = new BufferedInputStream(source, BUFFER);
            InputStream tar = isGzip(buffered) ? new GZIPInputStream(buffered, BUFFER) : buffered;
            TeeInputStream tee = new TeeInputStream(tar, out);
            if (countEntries(tee) == 0) {
                throw new InvalidArgumentException("not a tar archive: the input holds no tar entries");
            }
            tee.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new InvalidArgumentException("not a tar archive: " + e.getMessage(), e);
        }
    }

    /** Reads through the whole archive; closing is left to the caller, who owns the input. */
    @SuppressWarnings("resource")
    private static int countEntries(InputStream in) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        int entries = 0;
        while (tar.getNextEntry() != null) {
            entries++;
        }
        return entries;
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }
}
