package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pull and push against a real docker-registry on loopback. */
class PullPushTest extends LocalRegistryTest {
    String repo;

    @BeforeEach
    void nameTheRepository() {
        repo = registry.host() + "/gantry/multi";
    }

    @Test
    void pushedImageComesBackAfterLocalRemoval() throws IOException {
        String id = LayeredImages.twoLayers(root, repo + ":1", "v1");
        GantryImageService images = TestConfigs.service(root);
        List<Layer> layers = images.resolve(repo + ":1").layers();
        RecordingListener pushProgress = new RecordingListener();
        images.push(repo + ":1", PushOptions.DEFAULTS, pushProgress);
        images.remove(repo + ":1", false);
        assertTrue(images.list().isEmpty());

        RecordingListener pullProgress = new RecordingListener();
        Image pulled = images.pull(repo + ":1", PullOptions.DEFAULTS, pullProgress);

        assertEquals(id, pulled.id());
        assertEquals(layers, pulled.layers());
        assertEquals(List.of(repo + ":1"), pulled.repoTags());
        String manifestDigest = lastStatusDigest(pushProgress);
        assertEquals(id, images.resolve(repo + "@" + manifestDigest).id());
        assertTrue(pushProgress.events.contains("pushed " + layers.get(0).digest()), pushProgress.events.toString());
        assertTrue(pullProgress.events.contains("done " + layers.get(1).digest()), pullProgress.events.toString());
        try (InputStream top = images.openLayer(pulled.layers().get(1))) {
            assertTrue(Tars.entries(top).containsKey("bin/.wh.tool"));
        }
    }

    @Test
    void unknownTagIsNotFoundAndStoresNothing() throws IOException {
        GantryImageService images = TestConfigs.service(root);
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> images.pull(repo + ":nope", PullOptions.DEFAULTS, ProgressListener.NONE));
        assertEquals("manifest unknown: " + repo + ":nope", e.getMessage());
        assertTrue(images.list().isEmpty());
        assertEquals(0, blobCount());
    }

    @Test
    void interruptedPullResumesWithoutDownloadingStoredLayersAgain() throws IOException {
        LayeredImages.twoLayers(root, repo + ":1", "v1");
        GantryImageService images = TestConfigs.service(root);
        List<Layer> layers = images.resolve(repo + ":1").layers();
        images.push(repo + ":1", PushOptions.DEFAULTS, ProgressListener.NONE);
        images.remove(repo + ":1", false);

        ProgressListener failAfterFirstLayer = new ProgressListener() {
            @Override
            public void done(String digest) {
                throw new GantryException("connection lost after " + digest);
            }
        };
        assertThrows(GantryException.class, () -> images.pull(repo + ":1", PullOptions.DEFAULTS, failAfterFirstLayer));
        assertThrows(NotFoundException.class, () -> images.resolve(repo + ":1"));

        RecordingListener resumed = new RecordingListener();
        Image pulled = images.pull(repo + ":1", PullOptions.DEFAULTS, resumed);

        assertEquals(layers, pulled.layers());
        assertTrue(resumed.events.contains("exists " + layers.get(0).digest()), resumed.events.toString());
        assertEquals(1, registry.requests("GET /v2/gantry/multi/blobs/" + layers.get(0).digest()));
        assertEquals(1, registry.requests("GET /v2/gantry/multi/blobs/" + layers.get(1).digest()));
    }

    @Test
    void layerNotMatchingItsDiffIdIsDiscarded() throws IOException {
        LayeredImages.withWrongDiffId(root, repo + ":broken");
        GantryImageService images = TestConfigs.service(root);
        List<Layer> layers = images.resolve(repo + ":broken").layers();
        images.push(repo + ":broken", PushOptions.DEFAULTS, ProgressListener.NONE);
        images.remove(repo + ":broken", false);

        GantryException e = assertThrows(GantryException.class,
                () -> images.pull(repo + ":broken", PullOptions.DEFAULTS, ProgressListener.NONE));

        assertTrue(e.getMessage().contains("does not unpack to its diff id " + layers.get(1).diffId()), e.getMessage());
        assertFalse(Files.exists(blob(layers.get(1).digest())));
        assertTrue(images.list().isEmpty());
    }

    @Test
    void unreachableRegistryIsNamed() throws IOException {
        GantryImageService images = TestConfigs.service(root);
        String down = "127.0.0.1:" + LocalRegistry.freePort();
        GantryException e = assertThrows(GantryException.class,
                () -> images.pull(down + "/x:1", PullOptions.DEFAULTS, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("cannot reach registry " + down), e.getMessage());
    }

    private static String lastStatusDigest(RecordingListener listener) {
        String status = listener.events.get(listener.events.size() - 1);
        return status.substring(status.indexOf("sha256:"), status.indexOf(" size"));
    }

    private Path blob(String digest) {
        return root.resolve("image/blobs/sha256").resolve(digest.substring("sha256:".length()));
    }

    private long blobCount() throws IOException {
        try (Stream<Path> blobs = Files.list(root.resolve("image/blobs/sha256"))) {
            return blobs.count();
        }
    }

    /** Keeps the events as short strings. */
    static final class RecordingListener implements ProgressListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void done(String digest) {
            events.add("done " + digest);
        }

        @Override
        public void alreadyExists(String digest) {
            events.add("exists " + digest);
        }

        @Override
        public void pushed(String digest) {
            events.add("pushed " + digest);
        }

        @Override
        public void mounted(String digest, String fromRepository) {
            events.add("mounted " + digest + " from " + fromRepository);
        }

        @Override
        public void status(String message) {
            events.add(message);
        }
    }
}
