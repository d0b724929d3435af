package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    @TempDir
    Path root;

    @Test
    void aNewServiceOnTheSameRootSeesTagsAndUsers() throws IOException {
        GantryImageService first = TestConfigs.service(root);
        Image app = first.importRootfs(new ByteArrayInputStream(Tars.tar("app", "v1")), "app:1");
        first.tag("app:1", "app:2");
        first.retain(app.id(), "c0ffee");
        Image busybox = first.createBusybox("busybox");
        Image gone = first.importRootfs(new ByteArrayInputStream(Tars.tar("gone", "v1")), "gone");
        first.remove("gone", false);

        GantryImageService second = TestConfigs.service(root, TestConfigs.HOST_BUSYBOX, false);

        assertEquals(List.of("app:1", "app:2"), second.resolve(app.shortId()).repoTags());
        Image reloaded = second.resolve("app:2");
        assertEquals(app.id(), reloaded.id());
        assertEquals(app.created(), reloaded.created());
        assertEquals(app.layers(), reloaded.layers());
        assertEquals(busybox, second.resolve("busybox"));
        assertThrows(NotFoundException.class, () -> second.resolve(gone.id()));
        second.remove("app:1", false);
        assertThrows(ConflictException.class, () -> second.remove("app:2", false));
        assertEquals(List.of(), StoreFiles.tempFiles(root));
    }
}
