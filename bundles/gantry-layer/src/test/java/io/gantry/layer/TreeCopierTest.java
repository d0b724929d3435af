package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gantry.natives.Syscalls;
import io.gantry.natives.internal.LibcSyscalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies with the real syscalls, as root. */
class TreeCopierTest {
    private static final Syscalls SYSCALLS = new LibcSyscalls();
    private static final FileTime TIME = FileTime.from(Instant.parse("2021-02-03T04:05:06Z"));

    @TempDir
    Path base;

    @Test
    void copiesLikeCpArchive() throws IOException {
        Path source = Files.createDirectory(base.resolve("source"));
        Path outsideFile = Files.writeString(base.resolve("outside"), "outside");
        Path tool = Files.writeString(Files.createDirectory(source.resolve("bin")).resolve("tool"), "elf");
        SYSCALLS.lchown(tool.toString(), 1000, 1001);
        SYSCALLS.chmod(tool.toString(), 04755);
        Files.setLastModifiedTime(tool, TIME);
        Files.createLink(source.resolve("bin/tool-link"), tool);
        Files.createSymbolicLink(source.resolve("escape"), outsideFile);
        SYSCALLS.mknod(source.resolve("null").toString(), Syscalls.S_IFCHR, Syscalls.makedev(1, 3));
        SYSCALLS.chmod(source.resolve("null").toString(), 0666);
        SYSCALLS.mknod(source.resolve("fifo").toString(), Syscalls.S_IFIFO | 0600, 0);
        Path tmp = Files.createDirectory(source.resolve("tmp"));
        SYSCALLS.chmod(tmp.toString(), 01777);

        Path copy = base.resolve("copy");
        new TreeCopier(SYSCALLS).copy(source, copy);

        Path copiedTool = copy.resolve("bin/tool");
        assertEquals("elf", Files.readString(copiedTool));
        assertEquals(04755, unix(copiedTool, "mode") & 07777);
        assertEquals(1000, unix(copiedTool, "uid"));
        assertEquals(1001, unix(copiedTool, "gid"));
        assertEquals(TIME, Files.getLastModifiedTime(copiedTool));
        assertEquals(Files.getAttribute(copiedTool, "unix:ino"), Files.getAttribute(copy.resolve("bin/tool-link"), "unix:ino"));
        assertNotEquals(Files.getAttribute(tool, "unix:ino"), Files.getAttribute(copiedTool, "unix:ino"));
        assertEquals(outsideFile, Files.readSymbolicLink(copy.resolve("escape")));
        assertEquals(Syscalls.S_IFCHR | 0666, unix(copy.resolve("null"), "mode"));
        assertEquals(Syscalls.makedev(1, 3), Files.getAttribute(copy.resolve("null"), "unix:rdev"));
        assertEquals(Syscalls.S_IFIFO | 0600, unix(copy.resolve("fifo"), "mode"));
        assertEquals(01777, unix(copy.resolve("tmp"), "mode") & 07777);
        assertEquals("outside", Files.readString(outsideFile));
    }

    private static int unix(Path path, String attribute) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:" + attribute, LinkOption.NOFOLLOW_LINKS);
    }
}
