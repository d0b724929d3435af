package io.gantry.image.internal.archive;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Writes an image archive: regular files only, each name once, with a fixed time so output is reproducible. */
final class TarWriter implements AutoCloseable {
    private static final FileTime EPOCH = FileTime.from(Instant.EPOCH);

    private final TarArchiveOutputStream tar;
    private final Set<String> written = new HashSet<>();

    /** {@code out} stays open when this closes. */
    TarWriter(OutputStream out) {
        this.tar = new TarArchiveOutputStream(new NonClosingOutputStream(out));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    boolean contains(String name) {
        return written.contains(name);
    }

    void directory(String name) throws IOException {
        if (written.add(name)) {
            TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
            entry.setModTime(EPOCH);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        }
    }

    void file(String name, byte[] content) throws IOException {
        file(name, content.length, new ByteArrayInputStream(content));
    }

    /** Writes {@code size} bytes of {@code content} as file {@code name}, unless a file of that name was written. */
    void file(String name, long size, InputStream content) throws IOException {
        if (!written.add(name)) {
            return;
        }
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(size);
        entry.setMode(0644);
        entry.setModTime(EPOCH);
        tar.putArchiveEntry(entry);
        long copied = content.transferTo(tar);
        if (copied != size) {
            throw new IOException(name + " changed while it was archived: " + copied + " bytes instead of " + size);
        }
        tar.closeArchiveEntry();
    }

    @Override
    public void close() throws IOException {
        tar.finish();
        tar.close();
    }

    private static final class NonClosingOutputStream extends FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
