package io.gantry.shell.internal.image;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.NotFoundException;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.FakeImageService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeImageService images = new FakeImageService();
    @TempDir
    Path dir;

    private ImportCommand command(String... args) throws Exception {
        ImportCommand command = parse(new ImportCommand(), args);
        command.images = images;
        return command;
    }

    @Test
    void importsAFileAndPrintsTheImageId() throws Exception {
        Path tarball = Files.writeString(dir.resolve("rootfs.tar"), "tar bytes");
        command(tarball.toString(), "app:1.0").execute();
        assertEquals("tar bytes", images.imported);
        assertEquals(List.of("import app:1.0"), images.calls);
        assertEquals("sha256:" + "1234abcd".repeat(8) + "\n", console.out());
    }

    @Test
    void importsFromAUrl() throws Exception {
        Path tarball = Files.writeString(dir.resolve("rootfs.tar"), "from url");
        command(tarball.toUri().toString(), "app").execute();
        assertEquals("from url", images.imported);
    }

    @Test
    void aMissingFileIsNotFound() throws Exception {
        NotFoundException e = assertThrows(NotFoundException.class, command(dir + "/none.tar", "app")::execute);
        assertEquals("no such file: " + dir + "/none.tar", e.getMessage());
        assertNull(images.imported);
    }

    @Test
    void anUnreadableUrlNamesTheSource() throws Exception {
        String url = dir.resolve("gone.tar").toUri().toString();
        Exception e = assertThrows(Exception.class, command(url, "app")::execute);
        assertEquals("cannot read " + url + ": " + dir.resolve("gone.tar") + " (No such file or directory)", e.getMessage());
        assertEquals(List.of(), images.calls);
    }
}
