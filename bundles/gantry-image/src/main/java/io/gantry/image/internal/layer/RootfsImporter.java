package io.gantry.image.internal.layer;

import io.gantry.api.InvalidArgumentException;
import io.gantry.image.internal.content.Blob;
import io.gantry.image.internal.content.Lease;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Stores a plain or gzip root file system tarball as an uncompressed layer blob. The tar is parsed as it
 * streams into the blob, so the input is checked without being held in memory.
 */
public final class RootfsImporter {
    private RootfsImporter() {
    }

    /** @throws InvalidArgumentException if the input is not a (gzip) tar archive; nothing is stored then */
    public static Blob store(Lease lease, InputStream tarball) {
        return lease.write(out -> copyTar(tarball, out));
    }

    private static void copyTar(InputStream source, OutputStream out) {
        try {
            TeeInputStream tee = new TeeInputStream(LayerCompression.ungzipped(source), out);
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
}
