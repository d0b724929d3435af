package io.gantry.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusyboxRootfsTest {
    private static final BusyboxRootfs ROOTFS = BusyboxRootfs.fromHost();

    @TempDir
    Path root;

    @Test
    void writesARootfsThatRunsBusyboxInAChroot() throws Exception {
        ROOTFS.writeTo(root);

        assertEquals(Path.of("busybox"), Files.readSymbolicLink(root.resolve("bin/sh")));
        assertEquals(01777, mode(root.resolve("tmp")));
        assertEquals(0700, mode(root.resolve("root")));
        assertTrue(Files.isDirectory(root.resolve("proc")) && Files.isDirectory(root.resolve("var")));
        Process chrooted = new ProcessBuilder("chroot", root.toString(), "/bin/sh", "-c", "grep ^nobody: /etc/passwd")
                .redirectErrorStream(true).start();
        String output = new String(chrooted.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, chrooted.waitFor(), output);
        assertTrue(output.startsWith("nobody:x:65534:65534:"), output);
    }

    @Test
    void writesTheSameAsATar() throws IOException {
        Map<String, TarArchiveEntry> entries = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(ROOTFS.tar()))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), entry);
            }
        }
        assertEquals(Files.size(BusyboxRootfs.HOST_BUSYBOX), entries.get("bin/busybox").getSize());
        assertEquals(0755, entries.get("bin/busybox").getMode());
        assertEquals("busybox", entries.get("bin/sh").getLinkName());
        assertEquals(01777, entries.get("tmp/").getMode());
        assertTrue(entries.get("tmp/").isDirectory());
        assertTrue(entries.containsKey("etc/group"));
    }

    private static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }
}
