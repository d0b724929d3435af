package io.gantry.shell.internal.image;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.FakeImageService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PullPushCommandsTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeImageService images = new FakeImageService();

    @Test
    void pullPassesPlatformAndLoginAndPrintsOneLinePerLayerStateWithoutAnsi() throws Exception {
        PullCommand pull = parse(new PullCommand(), "--platform", "linux/arm64", "-u", "me", "-p", "pw", "app:1");
        pull.images = images;

        pull.execute();

        assertEquals(List.of("pull app:1 platform=linux/arm64 login=me:pw"), images.calls);
        assertEquals(List.of(
                "Resolving app:1",
                "a0a0a0a0a0a0: Waiting",
                "b0b0b0b0b0b0: Waiting",
                "a0a0a0a0a0a0: Already exists",
                "b0b0b0b0b0b0: Downloading [=======>                      ] 512B/2.05kB",
                "b0b0b0b0b0b0: Verifying",
                "b0b0b0b0b0b0: Pull complete",
                "Status: Downloaded image for app:1",
                "app:1"), console.out().lines().toList());
    }

    @Test
    void pullWithoutLoginUsesTheStoredOne() throws Exception {
        PullCommand pull = parse(new PullCommand(), "app:1");
        pull.images = images;
        pull.execute();
        assertEquals(List.of("pull app:1 platform=linux/amd64 login=stored"), images.calls);
    }

    @Test
    void passwordWithoutConsoleOrUserIsRefused() throws Exception {
        PullCommand pull = parse(new PullCommand(), "-p", "pw", "app:1");
        pull.images = images;
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, pull::execute);
        assertEquals("no console to ask for the username: pass it with -u/-p", e.getMessage());
        assertTrue(images.calls.isEmpty());
    }

    @Test
    void pushReportsPushedAndMountedLayers() throws Exception {
        images.images.add(FakeImageService.image("c0".repeat(32), Instant.EPOCH, 1, "localhost:5000/app:1"));
        PushCommand push = parse(new PushCommand(), "localhost:5000/app:1");
        push.images = images;

        push.execute();

        assertEquals(List.of("push sha256:" + "c0".repeat(32) + " login=stored"), images.calls);
        List<String> lines = console.out().lines().toList();
        assertEquals("a0a0a0a0a0a0: Pushing [==============================] 2.05kB/2.05kB", lines.get(1));
        assertEquals("a0a0a0a0a0a0: Pushed", lines.get(2));
        assertEquals("b0b0b0b0b0b0: Mounted from localhost:5000/other", lines.get(3));
    }
}
