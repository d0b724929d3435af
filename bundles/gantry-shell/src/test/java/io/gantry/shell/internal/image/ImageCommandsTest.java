package io.gantry.shell.internal.image;

import static io.gantry.shell.internal.KarafParsing.parse;
import static io.gantry.shell.internal.TableRows.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.NotFoundException;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Images;
import io.gantry.testkit.fake.FakeImages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImageCommandsTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final String BUSYBOX = "bb".repeat(32);
    private static final String APP = "a1".repeat(32);

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeImages images = new FakeImages();

    @BeforeEach
    void twoImages() {
        images.listed.clear();
        images.add(Images.image(BUSYBOX, NOW.minusSeconds(7200), 1_234_567, "busybox:latest", "bb:1"));
        images.add(Images.image(APP, NOW.minusSeconds(60), 999));
    }

    @Test
    void lsPrintsOneRowPerTagNewestFirst() throws Exception {
        ListCommand ls = parse(new ListCommand());
        ls.images = images;
        ls.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ls.execute();
        List<String> lines = console.out().lines().toList();
        assertEquals(List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"), cells(lines.get(0)));
        assertEquals(List.of("<none>", "<none>", "a1a1a1a1a1a1", "About a minute ago", "999B"), cells(lines.get(2)));
        assertEquals(List.of("busybox", "latest", "bbbbbbbbbbbb", "2 hours ago", "1.23MB"), cells(lines.get(3)));
        assertEquals(List.of("bb", "1", "bbbbbbbbbbbb", "2 hours ago", "1.23MB"), cells(lines.get(4)));
        assertEquals(5, lines.size());
    }

    @Test
    void rmRemovesEachReference() throws Exception {
        RemoveCommand rm = parse(new RemoveCommand(), "-f", "busybox:latest", "a1a1");
        rm.images = images;
        rm.execute();
        assertEquals(List.of("remove sha256:" + BUSYBOX + " force=true", "remove sha256:" + APP + " force=true"),
                images.calls);
        assertEquals("busybox:latest\na1a1\n", console.out());
    }

    @Test
    void rmOfAnUnknownImageFails() throws Exception {
        RemoveCommand rm = parse(new RemoveCommand(), "nginx");
        rm.images = images;
        NotFoundException e = assertThrows(NotFoundException.class, rm::execute);
        assertEquals("no such image: nginx", e.getMessage());
    }

    @Test
    void tagAddsATag() throws Exception {
        TagCommand tag = parse(new TagCommand(), "busybox:latest", "mine:1");
        tag.images = images;
        tag.execute();
        assertEquals(List.of("tag sha256:" + BUSYBOX + " mine:1"), images.calls);
    }

    @Test
    void busyboxDefaultsToBusyboxLatest() throws Exception {
        BusyboxCommand busybox = parse(new BusyboxCommand());
        busybox.images = images;
        busybox.execute();
        BusyboxCommand named = parse(new BusyboxCommand(), "tools:1");
        named.images = images;
        named.execute();
        assertEquals(List.of("createBusybox busybox:latest", "createBusybox tools:1"), images.calls);
        assertEquals((FakeImages.BUSYBOX.id() + "\n").repeat(2), console.out());
    }
}
