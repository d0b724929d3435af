package io.gantry.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Builds an uncompressed layer tar in memory, hostile ones included: names are written exactly as given, so
 * "../x" and "/x" reach the extractor unchanged. Owner and time apply to the entries added after them.
 */
public final class LayerTar {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);
    private long uid;
    private long gid;
    private Instant modified = Instant.parse("2024-01-02T03:04:05Z");

    public LayerTar() {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    public LayerTar ownedBy(long uid, long gid) {
        this.uid = uid;
        this.gid = gid;
        return this;
    }

    public LayerTar modifiedAt(Instant time) {
        this.modified = time;
        return this;
    }

    public LayerTar directory(String name, int mode) {
        return add(entry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR, mode), new byte[0]);
    }

    public LayerTar file(String name, String content, int mode) {
        return file(name, content.getBytes(StandardCharsets.UTF_8), mode);
    }

    public LayerTar file(String name, byte[] content, int mode) {
        return add(entry(name, TarConstants.LF_NORMAL, mode), content);
    }

    public LayerTar symlink(String name, String target) {
        TarArchiveEntry entry = entry(name, TarConstants.LF_SYMLINK, 0777);
        entry.setLinkName(target);
        return add(entry, new byte[0]);
    }

    public LayerTar hardlink(String name, String target) {
        TarArchiveEntry entry = entry(name, TarConstants.LF_LINK, 0644);
        entry.setLinkName(target);
        return add(entry, new byte[0]);
    }

    public LayerTar characterDevice(String name, int major, int minor, int mode) {
        return device(name, TarConstants.LF_CHR, major, minor, mode);
    }

    public LayerTar blockDevice(String name, int major, int minor, int mode) {
        return device(name, TarConstants.LF_BLK, major, minor, mode);
    }

    public LayerTar fifo(String name, int mode) {
        return add(entry(name, TarConstants.LF_FIFO, mode), new byte[0]);
    }

    /** A whiteout that hides {@code name} in {@code directory} ("" for the root). */
    public LayerTar whiteout(String directory, String name) {
        return file(join(directory, ".wh." + name), "", 0644);
    }

    /** Marks {@code directory} opaque: nothing of the lower layers shows through it. */
    public LayerTar opaque(String directory) {
        return file(join(directory, ".wh..wh..opq"), "", 0644);
    }

    public byte[] bytes() {
        try {
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }

    private LayerTar device(String name, byte type, int major, int minor, int mode) {
        TarArchiveEntry entry = entry(name, type, mode);
        entry.setDevMajor(major);
        entry.setDevMinor(minor);
        return add(entry, new byte[0]);
    }

    private TarArchiveEntry entry(String name, byte type, int mode) {
        TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
        entry.setMode(mode);
        entry.setUserId(uid);
        entry.setGroupId(gid);
        entry.setLastModifiedTime(FileTime.from(modified));
        return entry;
    }

    private LayerTar add(TarArchiveEntry entry, byte[] content) {
        entry.setSize(content.length);
        try {
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String join(String directory, String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }
}
