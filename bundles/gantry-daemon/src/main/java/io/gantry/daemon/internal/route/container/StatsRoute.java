package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.ContainerStats;
import io.gantry.daemon.internal.json.Times;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.stream.ChunkedStream;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** GET /containers/{id}/stats: one sample, or a sample a second while the client reads. */
public final class StatsRoute {
    private final ContainerLifecycle containers;
    private final ContainerMonitor monitor;
    private final StatsJson shapes;

    public StatsRoute(ContainerLifecycle containers, ContainerMonitor monitor, ObjectMapper json) {
        this.containers = containers;
        this.monitor = monitor;
        this.shapes = new StatsJson(json);
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/containers/{}/stats", this::serve);
    }

    private void serve(Exchange ex) throws Exception {
        Container c = containers.inspect(ex.param(0));
        ContainerStats first = monitor.stats(c.id());
        StatsJson.CpuSample firstCpu = StatsJson.cpuSample(first);
        if (!ex.flag("stream", true)) {
            ex.reply().json(HttpResponseStatus.OK,
                    shapes.render(c, first, firstCpu, StatsJson.CpuSample.NONE, Times.ZERO));
            return;
        }
        ChunkedStream stream = ex.reply().stream(HttpResponseStatus.OK, "application/json");
        stream.write(line(ex, shapes.render(c, first, firstCpu, StatsJson.CpuSample.NONE, Times.ZERO)));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ex.channel().closeFuture().addListener(f -> ticker.shutdownNow());
        ticker.scheduleAtFixedRate(new Sampler(ex, c, stream, first, firstCpu, ticker), 1, 1, TimeUnit.SECONDS);
    }

    private static byte[] line(Exchange ex, Object node) throws Exception {
        byte[] body = ex.json().writeValueAsBytes(node);
        byte[] withNewline = java.util.Arrays.copyOf(body, body.length + 1);
        withNewline[body.length] = '\n';
        return withNewline;
    }

    private final class Sampler implements Runnable {
        private final Exchange ex;
        private final Container container;
        private final ChunkedStream stream;
        private final ScheduledExecutorService ticker;
        private ContainerStats previous;
        private StatsJson.CpuSample previousCpu;

        Sampler(Exchange ex, Container container, ChunkedStream stream, ContainerStats previous,
                StatsJson.CpuSample previousCpu, ScheduledExecutorService ticker) {
            this.ex = ex;
            this.container = container;
            this.stream = stream;
            this.previous = previous;
            this.previousCpu = previousCpu;
            this.ticker = ticker;
        }

        @Override
        public void run() {
            try {
                ContainerStats now = monitor.stats(container.id());
                StatsJson.CpuSample cpu = StatsJson.cpuSample(now);
                boolean open = stream.write(line(ex, shapes.render(container, now, cpu, previousCpu,
                        Times.rfc3339(previous.read()))));
                previous = now;
                previousCpu = cpu;
                if (!open) {
                    ticker.shutdownNow();
                }
            } catch (NotFoundException gone) {
                stream.end();
                ticker.shutdownNow();
            } catch (Exception e) {
                ex.channel().close();
                ticker.shutdownNow();
            }
        }
    }
}
