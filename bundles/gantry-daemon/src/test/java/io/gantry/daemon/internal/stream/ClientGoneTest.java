package io.gantry.daemon.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.ContainerState;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.daemon.internal.UnixHttp;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A client leaving a followed log of a silent container frees the worker that was blocked in the engine. */
class ClientGoneTest extends ApiTestBase {
    @Test
    void closingALogFollowInterruptsTheBlockedWorker() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        containers.setState("web", ContainerState.RUNNING);
        monitor.logsBlockUntilInterrupted = true;
        try (UnixHttp http = new UnixHttp(socket)) {
            http.send("GET", "/containers/web/logs?follow=1&stdout=1", null, "keep-alive");
            assertTrue(http.readUntil("\r\n\r\n").startsWith("HTTP/1.1 200"));
            assertTrue(monitor.logsBlocking.await(5, TimeUnit.SECONDS), "logs is blocking");
            assertEquals(1, monitor.logsInterrupted.getCount(), "not interrupted while the client reads");
        }
        assertTrue(monitor.logsInterrupted.await(5, TimeUnit.SECONDS), "the worker was interrupted");
        assertEquals(200, status(call("GET", "/containers/web/json", null)), "later requests are answered");
    }

    @Test
    void aWatchClosedBeforeTheClientLeavesInterruptsNothing() throws Exception {
        io.netty.channel.embedded.EmbeddedChannel channel = new io.netty.channel.embedded.EmbeddedChannel();
        try (ClientGone watch = ClientGone.interruptOnClose(channel)) {
            assertFalse(Thread.currentThread().isInterrupted());
        }
        channel.close();
        assertFalse(Thread.currentThread().isInterrupted(), "the worker's next task is not interrupted");
    }

    @Test
    void anInterruptThatArrivesDuringTheRouteIsClearedWhenTheWatchCloses() {
        io.netty.channel.embedded.EmbeddedChannel channel = new io.netty.channel.embedded.EmbeddedChannel();
        try (ClientGone watch = ClientGone.interruptOnClose(channel)) {
            channel.close();
            assertTrue(Thread.currentThread().isInterrupted());
        }
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
