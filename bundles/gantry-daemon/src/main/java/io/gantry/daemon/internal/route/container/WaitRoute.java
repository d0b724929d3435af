package io.gantry.daemon.internal.route.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.WaitCondition;
import io.gantry.daemon.internal.server.ErrorStatus;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.stream.ChunkedStream;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * POST /containers/{id}/wait. The headers go out at once, because the docker CLI waits for them before
 * it starts the container; the body follows when the condition holds.
 */
public final class WaitRoute {
    private final ContainerLifecycle containers;

    public WaitRoute(ContainerLifecycle containers) {
        this.containers = containers;
    }

    public void register(Router router) {
        router.add(HttpMethod.POST, "/containers/{}/wait", this::serve);
    }

    private void serve(Exchange ex) {
        WaitCondition condition = condition(ex.query("condition"));
        CompletableFuture<ExitStatus> done = containers.waitFor(ex.param(0), condition);
        ChunkedStream stream = ex.reply().stream(HttpResponseStatus.OK, "application/json");
        done.whenComplete((status, error) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            if (error == null) {
                body.put("StatusCode", status.exitCode());
                body.put("Error", null);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                body.put("StatusCode", -1);
                body.put("Error", Map.of("Message", ErrorStatus.message(cause)));
            }
            try {
                stream.write(ex.json().writeValueAsBytes(body));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write the wait result", e);
            }
            stream.end();
        });
    }

    static WaitCondition condition(String value) {
        if (value == null || value.isEmpty() || value.equals("not-running")) {
            return WaitCondition.NOT_RUNNING;
        }
        return switch (value) {
            case "next-exit" -> WaitCondition.NEXT_EXIT;
            case "removed" -> WaitCondition.REMOVED;
            default -> throw new InvalidArgumentException("invalid wait condition '" + value
                    + "': expected not-running, next-exit or removed");
        };
    }
}
