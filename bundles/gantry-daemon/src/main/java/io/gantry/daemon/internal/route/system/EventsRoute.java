package io.gantry.daemon.internal.route.system;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.event.Event;
import io.gantry.daemon.internal.event.EventHistory;
import io.gantry.daemon.internal.json.Filters;
import io.gantry.daemon.internal.json.Times;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.stream.ChunkedStream;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GET /events: replays the kept events since {@code since}, then streams new ones, each flushed at once,
 * until {@code until} or until the client goes.
 */
public final class EventsRoute {
    private final EventHistory events;

    public EventsRoute(EventHistory events) {
        this.events = events;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/events", this::serve);
    }

    private void serve(Exchange ex) throws Exception {
        Instant since = Times.parse("since", ex.query("since"));
        Instant until = Times.parse("until", ex.query("until"));
        if (since != null && until != null && until.isBefore(since)) {
            throw new InvalidArgumentException("until (" + until + ") is before since (" + since + ")");
        }
        EventFilter filter = new EventFilter(Filters.parse(ex.query("filters"), ex.json()));
        ChunkedStream stream = ex.reply().stream(HttpResponseStatus.OK, "application/json");
        AutoCloseable subscription = events.follow(
                stored -> replay(ex, stream, stored, filter, since, until),
                e -> {
                    if (filter.test(e) && (until == null || !e.time().isAfter(until))) {
                        send(ex, stream, e);
                    }
                });
        ex.channel().closeFuture().addListener(f -> subscription.close());
        if (until != null) {
            long delay = Math.max(0, Duration.between(Instant.now(), until).toMillis());
            ex.channel().eventLoop().schedule(() -> {
                stream.end();
                closeQuietly(subscription);
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    private static void replay(Exchange ex, ChunkedStream stream, List<Event> stored, EventFilter filter,
            Instant since, Instant until) {
        if (since == null) {
            return;
        }
        stored.stream().filter(e -> !e.time().isBefore(since) && (until == null || !e.time().isAfter(until)))
                .filter(filter).forEach(e -> send(ex, stream, e));
    }

    private static void send(Exchange ex, ChunkedStream stream, Event e) {
        try {
            byte[] body = ex.json().writeValueAsBytes(EventJson.render(e, ex.json()));
            byte[] line = java.util.Arrays.copyOf(body, body.length + 1);
            line[body.length] = '\n';
            stream.write(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException error) {
            throw new IllegalStateException("cannot write an event", error);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing a subscription only removes a listener
        }
    }
}
