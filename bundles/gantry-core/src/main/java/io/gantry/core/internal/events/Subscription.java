package io.gantry.core.internal.events;

import io.gantry.api.event.Event;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's bounded queue and the daemon thread that delivers from it. When the subscriber falls
 * a full queue behind, new events for it are dropped (and counted) rather than blocking the publisher.
 */
final class Subscription implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);
    private static final AtomicLong THREAD_NUMBERS = new AtomicLong();

    private final Predicate<Event> filter;
    private final Consumer<Event> subscriber;
    private final BlockingQueue<Event> queue;
    private final Consumer<Subscription> onClose;
    private final Thread thread;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    Subscription(Predicate<Event> filter, Consumer<Event> subscriber, int capacity, Consumer<Subscription> onClose) {
        this.filter = filter;
        this.subscriber = subscriber;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.onClose = onClose;
        this.thread = new Thread(this::deliver, "gantry-events-" + THREAD_NUMBERS.incrementAndGet());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void offer(Event event) {
        if (!closed && !queue.offer(event) && dropped.incrementAndGet() % 100 == 1) {
            LOG.warn("Event subscriber {} is too slow: {} events dropped so far", subscriber, dropped.get());
        }
    }

    private void deliver() {
        while (!closed) {
            try {
                Event event = queue.take();
                if (filter.test(event)) {
                    subscriber.accept(event);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Event subscriber {} failed: {}", subscriber, e.toString());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        onClose.accept(this);
    }
}
