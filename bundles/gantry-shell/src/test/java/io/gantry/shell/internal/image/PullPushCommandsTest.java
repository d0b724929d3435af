package io.gantry.shell.internal.image;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.Credentials;
import io.gantry.api.image.ProgressListener;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Images;
import io.gantry.testkit.fake.FakeImages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PullPushCommandsTest {
    private static final String LAYER_A = "sha256:" + "a0".repeat(32);
    private static final String LAYER_B = "sha256:" + "b0".repeat(32);

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeImages images = new FakeImages();

    /** Two layers: A already there, B downloaded in two steps; on push A pushed and B mounted from elsewhere. */
    @BeforeEach
    void twoLayerTransfers() {
        images.pullScript = PullPushCommandsTest::pullTwoLayers;
        images.pushScript = PullPushCommandsTest::pushTwoLayers;
    }

    @Test
    void pullPassesPlatformAndLoginAndPrintsOneLinePerLayerStateWithoutAnsi() throws Exception {
        PullCommand pull = parse(new PullCommand(), "--platform", "linux/arm64", "-u", "me", "-p", "pw", "app:1");
        pull.images = images;

        pull.execute();

        assertEquals(List.of("pull app:1"), images.calls);
        assertEquals("linux/arm64", images.pullOptions.platform());
        assertEquals(new Credentials("me", "pw"), images.pullOptions.credentials());
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
        assertEquals(List.of("pull app:1"), images.calls);
        assertEquals("linux/amd64", images.pullOptions.platform());
        assertNull(images.pullOptions.credentials());
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
        images.add(Images.image("c0".repeat(32), Instant.EPOCH, 1, "localhost:5000/app:1"));
        PushCommand push = parse(new PushCommand(), "localhost:5000/app:1");
        push.images = images;

        push.execute();

        assertEquals(List.of("push localhost:5000/app:1"), images.calls);
        assertNull(images.pushOptions.credentials());
        List<String> lines = console.out().lines().toList();
        assertEquals("a0a0a0a0a0a0: Pushing [==============================] 2.05kB/2.05kB", lines.get(1));
        assertEquals("a0a0a0a0a0a0: Pushed", lines.get(2));
        assertEquals("b0b0b0b0b0b0: Mounted from localhost:5000/other", lines.get(3));
    }

    private static void pullTwoLayers(String reference, ProgressListener progress) {
        progress.waiting(LAYER_A);
        progress.waiting(LAYER_B);
        progress.alreadyExists(LAYER_A);
        progress.downloading(LAYER_B, 512, 2048);
        progress.downloading(LAYER_B, 2048, 2048);
        progress.verifying(LAYER_B);
        progress.done(LAYER_B);
        progress.status("Status: Downloaded image for " + reference);
    }

    private static void pushTwoLayers(String reference, ProgressListener progress) {
        progress.waiting(LAYER_A);
        progress.pushing(LAYER_A, 2048, 2048);
        progress.pushed(LAYER_A);
        progress.mounted(LAYER_B, "localhost:5000/other");
        progress.status("1: digest: sha256:" + "d".repeat(64) + " size: 500");
    }
}
