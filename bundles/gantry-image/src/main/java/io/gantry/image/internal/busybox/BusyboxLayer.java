package io.gantry.image.internal.busybox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collection;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * The tar of a minimal root file system around a static busybox. Every entry is owned by 0:0 and has
 * the same fixed time, so the same busybox binary always gives the same layer digest.
 */
final class BusyboxLayer {
    static final Instant FIXED_TIME = Instant.EPOCH;
    private static final int DIRECTORY = 040000;
    private static final int REGULAR = 0100000;
    private static final int SYMLINK = 0120000;
    private static final String PASSWD = "root:x:0:0:root:/root:/bin/sh\n"
            + "nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n";
    private static final String GROUP = "root:x:0:\nnobody:x:65534:\nnogroup:x:65534:\n";

    private final TarArchiveOutputStream tar;

    private BusyboxLayer(OutputStream out) {
        this.tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    /** Writes the tar to {@code out}, leaving {@code out} open. */
    static void write(OutputStream out, Path busybox, Collection<String> applets) throws IOException {
        BusyboxLayer layer = new BusyboxLayer(out);
        layer.directory("bin/", 0755);
        layer.file("bin/busybox", 0755, busybox);
        for (String applet : applets) {
            layer.symlink("bin/" + applet, "busybox");
        }
        layer.directory("dev/", 0755);
        layer.directory("etc/", 0755);
        layer.file("etc/group", 0644, GROUP);
        layer.file("etc/passwd", 0644, PASSWD);
        layer.directory("home/", 0755);
        layer.directory("proc/", 0555);
        layer.directory("root/", 0700);
        layer.directory("sys/", 0555);
        layer.directory("tmp/", 01777);
        layer.directory("var/", 0755);
        layer.tar.finish();
    }

    private void directory(String name, int permissions) throws IOException {
        tar.putArchiveEntry(entry(new TarArchiveEntry(name, TarConstants.LF_DIR), DIRECTORY | permissions));
        tar.closeArchiveEntry();
    }

    private void file(String name, int permissions, Path content) throws IOException {
        TarArchiveEntry entry = entry(new TarArchiveEntry(name, TarConstants.LF_NORMAL), REGULAR | permissions);
        entry.setSize(Files.size(content));
        tar.putArchiveEntry(entry);
        Files.copy(content, tar);
        tar.closeArchiveEntry();
    }

    private void file(String name, int permissions, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = entry(new TarArchiveEntry(name, TarConstants.LF_NORMAL), REGULAR | permissions);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    private void symlink(String name, String target) throws IOException {
        TarArchiveEntry entry = entry(new TarArchiveEntry(name, TarConstants.LF_SYMLINK), SYMLINK | 0777);
        entry.setLinkName(target);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static TarArchiveEntry entry(TarArchiveEntry entry, int mode) {
        entry.setMode(mode);
        entry.setIds(0, 0);
        entry.setUserName("");
        entry.setGroupName("");
        entry.setModTime(FileTime.from(FIXED_TIME));
        return entry;
    }
}
