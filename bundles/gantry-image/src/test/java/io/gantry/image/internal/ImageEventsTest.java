package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.Image;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untag and delete events, which the engine's layer collector and the Docker events API listen to. */
class ImageEventsTest {
    @TempDir
    Path root;
    private final List<String> published = new ArrayList<>();
    private final EventBus bus = new EventBus() {
        @Override
        public void publish(Event event) {
            published.add(event.type() + " " + event.action() + " " + event.actorId() + " "
                    + event.attributes().get("name"));
        }

        @Override
        public AutoCloseable subscribe(Predicate<Event> filter, Consumer<Event> subscriber) {
            throw new UnsupportedOperationException();
        }
    };
    private GantryImageService images;
    private Image app;

    @BeforeEach
    void importAnImageWithABusBound() {
        images = TestConfigs.service(root, TestConfigs.HOST_BUSYBOX, false);
        images.bindEventBus(bus);
        app = images.importRootfs(new ByteArrayInputStream(Tars.tar("app", "v1")), "app:1");
    }

    @Test
    void removingTagsUntagsThenDeletes() {
        images.tag("app:1", "app:2");

        images.remove("app:1", false);
        images.remove("app:2", false);

        assertEquals(List.of("image untag " + app.id() + " app:1", "image untag " + app.id() + " app:2",
                "image delete " + app.id() + " " + app.id()), published);
    }

    @Test
    void pruneDeletesEachImage() {
        images.importRootfs(new ByteArrayInputStream(Tars.tar("app", "v2")), "app:1");

        images.prune(false);

        assertEquals(List.of("image delete " + app.id() + " " + app.id()), published);
    }

    @Test
    void nothingIsPublishedOnceTheBusIsGone() {
        images.unbindEventBus(bus);
        images.remove("app:1", false);
        assertEquals(List.of(), published);
    }
}
