package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.Mount;
import io.gantry.api.container.archive.PathStat;
import io.gantry.testkit.Await;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker cp and export on stopped containers (mounted for the call) and running ones (with their mounts). */
class ContainerFilesRealTest extends RealEngineTest {
    @TempDir
    Path host;

    @Test
    void copiedInIsCopiedOut() throws IOException {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("true").build());
        real.engine.archive.copyTo(box.id(), "/tmp", tar(Map.of("notes/", "", "notes/a.txt", "alpha")), false);

        Map<String, String> out = untar(bytes(tar -> real.engine.archive.copyFrom(box.id(), "/tmp/notes", tar)));
        assertEquals(Map.of("notes/", "", "notes/a.txt", "alpha"), out);
    }

    @Test
    void statDescribesFilesFoldersAndLinks() {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("true").build());
        PathStat file = real.engine.archive.statPath(box.id(), "/etc/passwd");
        assertEquals("passwd", file.name());
        assertTrue(file.size() > 0);
        assertFalse(file.isDirectory());
        assertTrue(real.engine.archive.statPath(box.id(), "/etc").isDirectory());
        PathStat link = real.engine.archive.statPath(box.id(), "/bin/sh");
        assertTrue(link.isSymlink());
        assertEquals("busybox", link.linkTarget());
        assertEquals("Could not find the file /nope in container " + box.name(),
                assertThrows(NotFoundException.class, () -> real.engine.archive.statPath(box.id(), "/nope")).getMessage());
    }

    @Test
    void copyingIntoAFileIsRefused() {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("true").build());
        assertThrows(InvalidArgumentException.class,
                () -> real.engine.archive.copyTo(box.id(), "/etc/passwd", tar(Map.of("x", "y")), false));
    }

    @Test
    void aHostileTarLeavesTheHostAlone() throws IOException {
        Path outside = Files.createDirectories(host.resolve("outside"));
        Container box = real.engine.lifecycle.create(RealEngine.busybox("true").build());
        Path rootfs = real.root.resolve("storage").resolve(box.id()).resolve("rootfs");

        assertThrows(InvalidArgumentException.class,
                () -> real.engine.archive.copyTo(box.id(), "/", tar(Map.of("../escape", "x")), false));
        assertFalse(Files.exists(rootfs.getParent().resolve("escape")));

        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(hostile)) {
            TarArchiveEntry link = new TarArchiveEntry("evil", TarConstants.LF_SYMLINK);
            link.setLinkName(outside.toString());
            out.putArchiveEntry(link);
            out.closeArchiveEntry();
            addFile(out, "evil/pwned", "x");
        }
        assertThrows(RuntimeException.class, () -> real.engine.archive.copyTo(box.id(), "/tmp",
                new ByteArrayInputStream(hostile.toByteArray()), false));
        assertFalse(Files.exists(outside.resolve("pwned")));

        Files.createSymbolicLink(rootfs.resolve("tmp/planted"), outside);
        assertThrows(NotFoundException.class,
                () -> real.engine.archive.copyTo(box.id(), "/tmp/planted", tar(Map.of("pwned", "x")), false));
        assertFalse(Files.exists(outside.resolve("pwned")));
    }

    @Test
    void aRunningContainerIsSeenWithItsMounts() throws IOException {
        Path bound = Files.createDirectories(host.resolve("bound"));
        Container box = real.run(RealEngine.busybox("sleep", "1000").hostname("files")
                .mounts(List.of(Mount.bind(bound.toString(), "/data", false),
                        new Mount(Mount.Type.TMPFS, null, "/scratch", false))));
        real.engine.archive.copyTo(box.id(), "/data", tar(Map.of("a.txt", "into the bind")), false);
        assertEquals("into the bind", Files.readString(bound.resolve("a.txt")));
        real.engine.archive.copyTo(box.id(), "/", tar(Map.of("data/from-root.txt", "through the root")), false);
        assertEquals("through the root", Files.readString(bound.resolve("from-root.txt")), "under the mount, not the root");
        real.engine.archive.copyTo(box.id(), "/scratch", tar(Map.of("b.txt", "in the tmpfs")), false);
        assertEquals(Map.of("b.txt", "in the tmpfs"),
                untar(bytes(out -> real.engine.archive.copyFrom(box.id(), "/scratch/b.txt", out))));
        assertEquals(Map.of("hostname", "files\n"),
                untar(bytes(out -> real.engine.archive.copyFrom(box.id(), "/etc/hostname", out))));
        assertEquals(ContainerState.RUNNING, real.state(box.id()));
        assertEquals("running", real.runc.state(box.id()).status(), "thawed after each copy");
    }

    @Test
    void aRunningContainersLinksAndAHostileTarLeaveTheHostAlone() throws Exception {
        Path outside = Files.createDirectories(host.resolve("outside-running"));
        Container box = real.run(RealEngine.busybox("sh", "-c", "ln -s " + outside + " /tmp/planted; exec sleep 1000"));
        Await.until("the container planted its link", () -> {
            try {
                return real.engine.archive.statPath(box.id(), "/tmp/planted").isSymlink();
            } catch (NotFoundException notYet) {
                return false;
            }
        });
        assertThrows(NotFoundException.class,
                () -> real.engine.archive.copyTo(box.id(), "/tmp/planted", tar(Map.of("pwned", "x")), false));
        assertThrows(RuntimeException.class,
                () -> real.engine.archive.copyTo(box.id(), "/", tar(Map.of("tmp/planted/pwned", "x")), false));
        assertThrows(InvalidArgumentException.class,
                () -> real.engine.archive.copyTo(box.id(), "/", tar(Map.of("../../../../pwned", "x")), false));
        assertFalse(Files.exists(outside.resolve("pwned")));
        assertEquals("running", real.runc.state(box.id()).status(), "thawed after a refused copy");
    }

    @Test
    void copyingIntoTheRootOfARunningContainerWritesItsRootFileSystem() throws IOException {
        Container box = real.run(RealEngine.busybox("sleep", "1000"));
        real.engine.archive.copyTo(box.id(), "/", tar(Map.of("tmp/at-root.txt", "from the root")), false);
        assertEquals(Map.of("at-root.txt", "from the root"),
                untar(bytes(out -> real.engine.archive.copyFrom(box.id(), "/tmp/at-root.txt", out))));
    }

    @Test
    void exportOfARunningContainerHoldsBusybox() throws IOException {
        Container box = real.run(RealEngine.busybox("sleep", "1000"));
        byte[] tar = bytes(out -> real.engine.archive.export(box.id(), out));
        Map<String, String> entries = untar(tar);
        assertTrue(entries.containsKey("bin/busybox"), entries.keySet().toString());
        assertTrue(entries.containsKey("etc/passwd"));
    }

    private interface Writer {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] bytes(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.to(out);
        return out.toByteArray();
    }

    /** Names ending in "/" are folders. */
    private static ByteArrayInputStream tar(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                if (entry.getKey().endsWith("/")) {
                    out.putArchiveEntry(new TarArchiveEntry(entry.getKey()));
                    out.closeArchiveEntry();
                } else {
                    addFile(out, entry.getKey(), entry.getValue());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static void addFile(TarArchiveOutputStream out, String name, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(data.length);
        out.putArchiveEntry(entry);
        out.write(data);
        out.closeArchiveEntry();
    }

    private static Map<String, String> untar(byte[] tar) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), entry.isFile() ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        : "");
            }
        }
        return entries;
    }
}
