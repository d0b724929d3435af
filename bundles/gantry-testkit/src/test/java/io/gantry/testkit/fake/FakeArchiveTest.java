package io.gantry.testkit.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.archive.PathStat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive fake on a folder of the test's: real tars out and in. */
class FakeArchiveTest {
    private final FakeContainers containers = new FakeContainers();
    private final FakeArchive archive = new FakeArchive(containers);

    @Test
    void aFolderCopiedOutComesBackInWhole(@TempDir Path dir) throws Exception {
        containers.create(ContainerConfig.builder("busybox").name("web").build());
        Path rootfs = Files.createDirectories(dir.resolve("rootfs"));
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("etc/motd"), "hi\n");
        archive.rootfs = rootfs;
        PathStat stat = archive.statPath("web", "/etc/motd");
        assertEquals("motd", stat.name());
        assertEquals(3, stat.size());
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        archive.copyFrom("web", "/etc", tar);
        Files.createDirectories(rootfs.resolve("copy"));
        archive.copyTo("web", "/copy", new ByteArrayInputStream(tar.toByteArray()), false);
        assertEquals("hi\n", Files.readString(rootfs.resolve("copy/etc/motd")));
        assertEquals(1, archive.copiedIn.size());
        assertTrue(archive.copiedIn.get(0).startsWith("/copy false bytes=" + tar.size()), archive.copiedIn.toString());
    }
}
