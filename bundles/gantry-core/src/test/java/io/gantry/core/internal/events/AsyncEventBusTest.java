package io.gantry.core.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.event.Event;
import io.gantry.testkit.Await;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncEventBusTest {
    final AsyncEventBus bus = new AsyncEventBus();

    @AfterEach
    void tearDown() {
        bus.deactivate();
    }

    @Test
    void deliversMatchingEventsInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        AutoCloseable subscription = bus.subscribe(e -> e.type().equals("container"), e -> seen.add(e.action()));
        bus.publish(event("container", "create"));
        bus.publish(event("image", "pull"));
        bus.publish(event("container", "start"));
        Await.until("two events", () -> seen.size() == 2);
        assertEquals(List.of("create", "start"), seen);

        subscription.close();
        bus.publish(event("container", "die"));
        List<String> later = new CopyOnWriteArrayList<>();
        bus.subscribe(e -> true, e -> later.add(e.action()));
        bus.publish(event("container", "destroy"));
        Await.until("event after close", () -> later.size() == 1);
        assertEquals(List.of("create", "start"), seen, "a closed subscription gets nothing more");
    }

    @Test
    void aBlockedSubscriberNeitherBlocksPublishersNorOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        bus.subscribe(e -> true, e -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        List<Event> fast = new CopyOnWriteArrayList<>();
        bus.subscribe(e -> true, fast::add);
        long start = System.nanoTime();
        for (int i = 0; i < AsyncEventBus.QUEUE_CAPACITY * 2; i++) {
            bus.publish(event("container", "start"));
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "publishing did not wait");
        Await.until("the fast subscriber's events", () -> fast.size() >= AsyncEventBus.QUEUE_CAPACITY);
        release.countDown();
    }

    @Test
    void aFailingSubscriberKeepsReceiving() {
        List<String> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(e -> true, e -> {
            seen.add(e.action());
            throw new IllegalStateException("subscriber bug");
        });
        bus.publish(event("container", "create"));
        bus.publish(event("container", "start"));
        Await.until("both events", () -> seen.size() == 2);
    }

    private static Event event(String type, String action) {
        return new Event(type, action, "id", Map.of(), Instant.now());
    }
}
