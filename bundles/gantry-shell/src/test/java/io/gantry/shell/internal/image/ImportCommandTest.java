package io.gantry.shell.internal.image;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.NotFoundException;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeImages images = new FakeImages();
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
        assertEquals(Map.of("app:1.0", "tar bytes"), images.imported);
        assertEquals(List.of("importRootfs app:1.0"), images.calls);
        assertEquals(FakeImages.UNTAGGED.id() + "\n", console.out());
    }

    @Test
    void importsFromAUrl() throws Exception {
        Path tarball = Files.writeString(dir.resolve("rootfs.tar"), "from url");
        command(tarball.toUri().toString(), "app").execute();
        assertEquals(Map.of("app", "from url"), images.imported);
    }

    @Test
    void aMissingFileIsNotFound() throws Exception {
        NotFoundException e = assertThrows(NotFoundException.class, command(dir + "/none.tar", "app")::execute);
        assertEquals("no such file: " + dir + "/none.tar", e.getMessage());
        assertEquals(Map.of(), images.imported);
    }

    @Test
    void anUnreadableUrlNamesTheSource() throws Exception {
        String url = dir.resolve("gone.tar").toUri().toString();
        Exception e = assertThrows(Exception.class, command(url, "app")::execute);
        assertEquals("cannot read " + url + ": " + dir.resolve("gone.tar") + " (No such file or directory)", e.getMessage());
        assertEquals(List.of(), images.calls);
    }
}
