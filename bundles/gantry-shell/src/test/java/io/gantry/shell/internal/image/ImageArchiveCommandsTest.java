package io.gantry.shell.internal.image;

import static io.gantry.shell.internal.KarafParsing.parse;
import static io.gantry.shell.internal.TableRows.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.HistoryEntry;
import io.gantry.api.image.Image;
import io.gantry.api.image.PruneResult;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Images;
import io.gantry.testkit.fake.Digests;
import io.gantry.testkit.fake.FakeImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** save, load, inspect, history, login and prune. */
class ImageArchiveCommandsTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final String APP = "a1".repeat(32);

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    @TempDir
    Path dir;
    private final FakeImages images = new FakeImages();

    private final Image app = Images.image(APP, NOW.minusSeconds(3600), 2_000_000, "app:1");

    @BeforeEach
    void oneImage() {
        images.add(app);
    }

    @Test
    void saveWritesTheArchiveToTheFile() throws Exception {
        Path file = dir.resolve("app.tar");
        SaveCommand save = parse(new SaveCommand(), "-o", file.toString(), "--format", "oci", "app:1", "a1a1");
        save.images = images;
        save.execute();
        assertEquals(List.of("save [app:1, a1a1] OCI"), images.calls);
        assertEquals("tar of app:1,a1a1 as OCI", Files.readString(file));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void failedSaveLeavesNoFile() throws Exception {
        SaveCommand save = parse(new SaveCommand(), "-o", dir.resolve("x.tar").toString(), "missing:1");
        save.images = images;
        assertThrows(NotFoundException.class, save::execute);
        assertEquals(0, filesIn(dir));
    }

    @Test
    void unknownFormatIsRefusedBeforeAnythingIsWritten() throws Exception {
        SaveCommand save = parse(new SaveCommand(), "-o", dir.resolve("x.tar").toString(), "--format", "zip", "app:1");
        save.images = images;
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, save::execute);
        assertEquals("invalid format zip: expected docker or oci", e.getMessage());
        assertEquals(0, filesIn(dir));
    }

    @Test
    void loadPrintsEachLoadedImage() throws Exception {
        images.loadResult = List.of(app, Images.image("b2".repeat(32), NOW, 1));
        Path file = Files.writeString(dir.resolve("in.tar"), "tarball");
        LoadCommand load = parse(new LoadCommand(), "-i", file.toString());
        load.images = images;
        load.execute();
        assertEquals(List.of("load " + Digests.of("tarball".getBytes(StandardCharsets.UTF_8))), images.calls);
        assertEquals("Loaded image: app:1\nLoaded image ID: sha256:" + "b2".repeat(32) + "\n", console.out());
    }

    @Test
    void loadOfAMissingFileIsNotFound() throws Exception {
        LoadCommand load = parse(new LoadCommand(), "-i", dir.resolve("none.tar").toString());
        load.images = images;
        assertEquals("no such file: " + dir.resolve("none.tar"),
                assertThrows(NotFoundException.class, load::execute).getMessage());
    }

    @Test
    void inspectPrintsTheImageAsJson() throws Exception {
        InspectCommand inspect = parse(new InspectCommand(), "app:1");
        inspect.images = images;
        inspect.execute();
        assertTrue(console.out().startsWith("[\n    {\n        \"id\": \"sha256:" + APP + "\""), console.out());
        assertTrue(console.out().contains("\"repoTags\": [\n            \"app:1\"\n        ]"), console.out());
    }

    @Test
    void historyShowsStepsWithTheImageIdOnTheNewest() throws Exception {
        images.history = List.of(
                new HistoryEntry(NOW.minusSeconds(60), "/bin/sh -c apk add --no-cache curl ca-certificates tzdata bash",
                        false, 3_000_000, "built"),
                new HistoryEntry(null, "ENV A=1", true, 0, null));
        HistoryCommand history = parse(new HistoryCommand(), "app:1");
        history.images = images;
        history.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        history.execute();
        List<String> lines = console.out().lines().toList();
        assertEquals(List.of("IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"), cells(lines.get(0)));
        assertEquals(List.of("a1a1a1a1a1a1", "About a minute ago", "/bin/sh -c apk add --no-cache curl ca-certif…",
                "3MB", "built"), cells(lines.get(2)));
        assertEquals(List.of("<missing>", "", "ENV A=1", "0B"), cells(lines.get(3)));
    }

    @Test
    void loginStoresTheGivenCredentials() throws Exception {
        LoginCommand login = parse(new LoginCommand(), "-u", "me", "-p", "pw", "localhost:5000");
        login.images = images;
        login.execute();
        assertEquals(List.of("login localhost:5000 me:pw"), images.calls);
        assertEquals("Login Succeeded\n", console.out());
    }

    @Test
    void loginWithoutPasswordAndConsoleIsRefused() throws Exception {
        LoginCommand login = parse(new LoginCommand(), "-u", "me");
        login.images = images;
        assertEquals("no console to ask for the password: pass it with -u/-p",
                assertThrows(InvalidArgumentException.class, login::execute).getMessage());
        assertTrue(images.calls.isEmpty());
    }

    @Test
    void prunePrintsDeletedImagesAndReclaimedSpace() throws Exception {
        images.pruneResult = new PruneResult(List.of("sha256:" + APP), 5_000_000, Set.of());
        PruneCommand prune = parse(new PruneCommand(), "-a");
        prune.images = images;
        prune.execute();
        assertEquals(List.of("prune all=true"), images.calls);
        assertEquals("Deleted Images:\ndeleted: sha256:" + APP + "\n\nTotal reclaimed space: 5MB\n", console.out());
    }

    @Test
    void pruneWithNothingToDeleteSaysSo() throws Exception {
        images.pruneResult = new PruneResult(List.of(), 0, Set.of());
        PruneCommand prune = parse(new PruneCommand());
        prune.images = images;
        prune.execute();
        assertFalse(console.out().contains("Deleted"));
        assertEquals("Total reclaimed space: 0B\n", console.out());
    }

    private static long filesIn(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
