package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoveTest {
    private static final String CONTAINER = "1a2b3c4d5e6f" + "0".repeat(52);

    @TempDir
    Path root;
    private GantryImageService images;
    private Image app;

    @BeforeEach
    void importAnImage() {
        images = TestConfigs.service(root, TestConfigs.HOST_BUSYBOX, false);
        app = images.importRootfs(new ByteArrayInputStream(Tars.tar("app", "v1")), "app:1");
    }

    @Test
    void removingOneOfSeveralTagsOnlyUntags() throws IOException {
        images.tag("app:1", "app:2");
        Set<String> blobs = StoreFiles.blobs(root);

        images.remove("app:1", false);

        assertEquals(List.of("app:2"), images.resolve(app.id()).repoTags());
        assertThrows(NotFoundException.class, () -> images.resolve("app:1"));
        assertEquals(blobs, StoreFiles.blobs(root));
    }

    @Test
    void removingTheLastTagDeletesTheImageAndItsBlobs() throws IOException {
        assertEquals(3, StoreFiles.blobs(root).size());
        images.remove("app:1", false);
        assertThrows(NotFoundException.class, () -> images.resolve(app.id()));
        assertEquals(List.of(), images.list());
        assertEquals(Set.of(), StoreFiles.blobs(root));
    }

    @Test
    void aLayerBlobSharedWithAnotherImageStaysUntilItsLastImageGoes() throws IOException {
        Image busybox = images.createBusybox("busybox");
        Image copy;
        try (InputStream layer = images.openLayer(busybox.layers().get(0))) {
            copy = images.importRootfs(layer, "copy");
        }
        String sharedLayer = busybox.layers().get(0).digest();
        assertEquals(sharedLayer, copy.layers().get(0).digest());

        images.remove("busybox", false);

        Set<String> left = StoreFiles.blobs(root);
        assertTrue(left.contains(sharedLayer));
        assertTrue(!left.contains(busybox.id()), "busybox's config is gone");
        assertEquals(6, left.size(), "app and copy keep three blobs each");

        images.remove("copy", false);
        images.remove(app.shortId(), false);
        assertEquals(Set.of(), StoreFiles.blobs(root));
    }

    @Test
    void anImageInUseIsOnlyRemovedWithForce() throws IOException {
        images.retain(app.id(), CONTAINER);
        Set<String> blobs = StoreFiles.blobs(root);

        ConflictException byTag = assertThrows(ConflictException.class, () -> images.remove("app:1", false));
        assertEquals("image app:1 is in use by container 1a2b3c4d5e6f", byTag.getMessage());
        ConflictException byId = assertThrows(ConflictException.class, () -> images.remove(app.id(), false));
        assertEquals("image " + app.shortId() + " is in use by container 1a2b3c4d5e6f", byId.getMessage());
        assertEquals(List.of("app:1"), images.resolve("app:1").repoTags());
        assertEquals(blobs, StoreFiles.blobs(root));

        images.remove("app:1", true);
        assertThrows(NotFoundException.class, () -> images.resolve(app.id()));
        assertEquals(Set.of(), StoreFiles.blobs(root));
        images.release(app.id(), CONTAINER);
    }

    @Test
    void aReleasedImageCanBeRemoved() {
        images.retain("app:1", CONTAINER);
        images.retain("app:1", "another");
        images.release(app.id(), CONTAINER);
        ConflictException error = assertThrows(ConflictException.class, () -> images.remove("app:1", false));
        assertEquals("image app:1 is in use by container another", error.getMessage());
        images.release(app.id(), "another");
        images.remove("app:1", false);
        assertEquals(List.of(), images.list());
    }

    @Test
    void removingByIdAnImageWithSeveralTagsNeedsForce() throws IOException {
        images.tag("app:1", "app:2");
        ConflictException error = assertThrows(ConflictException.class, () -> images.remove(app.shortId(), false));
        assertTrue(error.getMessage().contains("app:1, app:2"), error.getMessage());

        images.remove(app.shortId(), true);
        assertThrows(NotFoundException.class, () -> images.resolve("app:2"));
        assertEquals(Set.of(), StoreFiles.blobs(root));
    }

    @Test
    void unknownImagesAndEmptyUsersAreRejected() {
        assertThrows(NotFoundException.class, () -> images.remove("nothere", true));
        assertThrows(NotFoundException.class, () -> images.retain("nothere", CONTAINER));
        assertThrows(InvalidArgumentException.class, () -> images.retain(app.id(), " "));
    }
}
