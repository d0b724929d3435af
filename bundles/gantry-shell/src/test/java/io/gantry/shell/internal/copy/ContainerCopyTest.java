package io.gantry.shell.internal.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.shell.internal.Containers;
import io.gantry.testkit.fake.FakeArchive;
import io.gantry.testkit.fake.FakeContainers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** container:cp both ways against a fake whose container file system is a temporary folder. */
class ContainerCopyTest {
    private static final String WEB = Containers.id("ab");

    private final FakeContainers containers = new FakeContainers();
    private final FakeArchive archive = new FakeArchive(containers);
    @TempDir
    Path rootfs;
    @TempDir
    Path host;
    @TempDir
    Path scratch;
    private ContainerCopy copy;

    @BeforeEach
    void setUp() throws IOException {
        archive.rootfs = rootfs;
        containers.add(Containers.created(WEB, "web", ContainerConfig.builder("busybox").build(),
                Instant.now()));
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("etc/hostname"), "web\n");
        copy = new ContainerCopy(containers, archive, scratch);
    }

    private void cp(String source, String destination) throws IOException {
        copy.copy(CopyEndpoint.parse(source), CopyEndpoint.parse(destination));
    }

    @Test
    void aContainerFileGoesIntoAHostFolderOrOntoANewName() throws IOException {
        cp("web:/etc/hostname", host.toString());
        assertEquals("web\n", Files.readString(host.resolve("hostname")));
        cp("web:/etc/hostname", host.resolve("renamed").toString());
        assertEquals("web\n", Files.readString(host.resolve("renamed")));
        cp("web:/etc", host.resolve("etc-copy").toString());
        assertEquals("web\n", Files.readString(host.resolve("etc-copy/hostname")));
        assertEquals(List.of(), listing(scratch), "the temporary tar is gone");
    }

    @Test
    void aHostFileOrFolderGoesIntoAContainerFolderOrOntoANewName() throws IOException {
        Files.writeString(host.resolve("motd"), "hi\n");
        Files.createDirectories(host.resolve("conf/sub"));
        Files.writeString(host.resolve("conf/sub/a.cfg"), "a=1\n");
        cp(host.resolve("motd").toString(), "web:/etc");
        assertEquals("hi\n", Files.readString(rootfs.resolve("etc/motd")));
        cp(host.resolve("motd").toString(), "web:/etc/issue");
        assertEquals("hi\n", Files.readString(rootfs.resolve("etc/issue")));
        cp(host.resolve("conf").toString(), "web:/opt");
        assertEquals("a=1\n", Files.readString(rootfs.resolve("opt/sub/a.cfg")));
        assertTrue(containers.calls.containsAll(List.of("copyTo " + WEB + " /etc", "copyTo " + WEB + " /")),
                containers.calls.toString());
        assertEquals(List.of(), listing(scratch));
    }

    @Test
    void bothSidesOnOneEndAndMissingSourcesAreRefused() throws IOException {
        assertEquals("copying between containers is not supported",
                assertThrows(InvalidArgumentException.class, () -> cp("web:/a", "web:/b")).getMessage());
        assertEquals("one side must be in a container: CONTAINER:PATH",
                assertThrows(InvalidArgumentException.class, () -> cp("/a", "/b")).getMessage());
        assertThrows(NotFoundException.class, () -> cp("web:/nothere", host.toString()));
        assertThrows(NotFoundException.class, () -> cp(host.resolve("nothere").toString(), "web:/etc"));
        assertThrows(NotFoundException.class, () -> cp("db:/etc", host.toString()));
    }

    @Test
    void entriesThatClimbOutOfTheHostFolderAreRefused() throws IOException {
        Path inside = Files.createDirectories(host.resolve("inside"));
        archive.tarToServe = tar(file("../escaped", "x"));
        assertEquals("refusing tar entry '../escaped': it leaves the target folder",
                assertThrows(InvalidArgumentException.class, () -> cp("web:/etc", inside.toString())).getMessage());
        assertFalse(Files.exists(host.resolve("escaped")));
    }

    @Test
    void aSymbolicLinkFromTheTarIsNeverFollowed() throws IOException {
        Path inside = Files.createDirectories(host.resolve("inside"));
        Path outside = Files.createDirectories(host.resolve("outside"));
        archive.tarToServe = tar(link("etc", outside.toString()), file("etc/planted", "x"));
        InvalidArgumentException refused = assertThrows(InvalidArgumentException.class,
                () -> cp("web:/etc", inside.toString()));
        assertTrue(refused.getMessage().startsWith("refusing tar entry 'etc/planted': it goes through the symbolic link"),
                refused.getMessage());
        assertEquals(List.of(), listing(outside));
        assertTrue(Files.isSymbolicLink(inside.resolve("etc")), "the link itself is copied, as a link");
    }

    @Test
    void aFileReplacesALinkOnTheHostInsteadOfWritingThroughIt() throws IOException {
        Path inside = Files.createDirectories(host.resolve("inside"));
        Path victim = Files.writeString(host.resolve("victim"), "safe");
        Files.createSymbolicLink(inside.resolve("hostname"), victim);
        archive.tarToServe = tar(file("hostname", "web\n"));
        cp("web:/etc/hostname", inside.toString());
        assertEquals("safe", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(inside.resolve("hostname")));
        assertEquals("web\n", Files.readString(inside.resolve("hostname")));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private record Entry(TarArchiveEntry header, byte[] content) {
    }

    private static Entry file(String name, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        return new Entry(e, content);
    }

    private static Entry link(String name, String target) {
        TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        e.setLinkName(target);
        return new Entry(e, new byte[0]);
    }

    private static byte[] tar(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (Entry e : entries) {
                tar.putArchiveEntry(e.header());
                tar.write(e.content());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
