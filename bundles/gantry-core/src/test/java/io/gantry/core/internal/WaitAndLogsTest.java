package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.testkit.Await;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WaitAndLogsTest extends StartedEngineTest {
    @Test
    void notRunningCompletesAtOnceForAStoppedContainer() throws Exception {
        fx.create("web");
        assertEquals(new ExitStatus(0, false),
                engine.lifecycle.waitFor("web", WaitCondition.NOT_RUNNING).get(1, TimeUnit.SECONDS));
    }

    @Test
    void notRunningAndNextExitCompleteWithTheExitCode() throws Exception {
        Container web = fx.run("web");
        CompletableFuture<ExitStatus> notRunning = engine.lifecycle.waitFor("web", WaitCondition.NOT_RUNNING);
        CompletableFuture<ExitStatus> nextExit = engine.lifecycle.waitFor("web", WaitCondition.NEXT_EXIT);
        assertFalse(notRunning.isDone());
        fx.shim.exit(web.id(), 42);
        assertEquals(42, notRunning.get(5, TimeUnit.SECONDS).exitCode());
        assertEquals(42, nextExit.get(5, TimeUnit.SECONDS).exitCode());
    }

    @Test
    void nextExitWaitsForTheNextRunOfAStoppedContainer() throws Exception {
        Container web = fx.create("web");
        CompletableFuture<ExitStatus> nextExit = engine.lifecycle.waitFor("web", WaitCondition.NEXT_EXIT);
        engine.lifecycle.start("web");
        assertFalse(nextExit.isDone());
        fx.shim.exit(web.id(), 5);
        assertEquals(5, nextExit.get(5, TimeUnit.SECONDS).exitCode());
    }

    @Test
    void removedCompletesOnRemoval() throws Exception {
        Container web = fx.run("web");
        CompletableFuture<ExitStatus> removed = engine.lifecycle.waitFor("web", WaitCondition.REMOVED);
        fx.shim.exit(web.id(), 1);
        fx.awaitAction(web.id(), "die");
        assertFalse(removed.isDone());
        engine.lifecycle.remove("web", false);
        assertEquals(1, removed.get(5, TimeUnit.SECONDS).exitCode());
    }

    @Test
    void oomKillIsRecordedAndAnnounced() {
        Container web = fx.run("web");
        fx.memory.figures.put("oom_kill", 1L);
        fx.shim.exit(web.id(), 137);
        fx.awaitAction(web.id(), "die");
        assertTrue(engine.lifecycle.inspect("web").oomKilled());
        assertEquals(List.of("/gantry/" + web.id()), fx.memory.statsPaths);
        assertEquals(List.of("create", "start", "oom", "die"), fx.actions(web.id()));
    }

    @Test
    void followingReadsUntilTheContainerExits() throws Exception {
        Container web = fx.run("web");
        List<LogEntry> read = new CopyOnWriteArrayList<>();
        Thread follower = new Thread(() -> engine.monitor.logs("web", LogOptions.FOLLOW, read::add));
        follower.start();
        Await.until("first line", () -> read.size() == 1);
        FakeShim.appendLog(fx.containerDir(web.id()).resolve("ctr.log"),
                "2024-05-01T10:00:01.5+00:00 stderr P par\n2024-05-01T10:00:01.6+00:00 stderr F tial\n");
        Await.until("second record", () -> read.size() == 2);
        assertTrue(follower.isAlive(), "still following a running container");
        fx.shim.exit(web.id(), 0);
        follower.join(5000);
        assertFalse(follower.isAlive());
        assertEquals("hello from web", read.get(0).text());
        assertEquals(new LogEntry(LogEntry.Stream.STDERR, java.time.Instant.parse("2024-05-01T10:00:01.5Z"),
                "partial", false), read.get(1));
    }

    @Test
    void autoRemoveWaitsForTheLogFollower() throws Exception {
        Container rm = engine.lifecycle.create(ContainerConfig.builder("busybox").name("rm").autoRemove(true).build());
        CountDownLatch firstEntry = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> read = new CopyOnWriteArrayList<>();
        Thread follower = new Thread(() -> engine.monitor.logs("rm", LogOptions.FOLLOW, entry -> {
            read.add(entry.text());
            firstEntry.countDown();
            awaitQuietly(release);
            return true;
        }));
        follower.start();
        engine.lifecycle.start("rm");
        assertTrue(firstEntry.await(5, TimeUnit.SECONDS));
        fx.shim.exit(rm.id(), 0);
        fx.awaitAction(rm.id(), "die");
        assertEquals(ContainerState.EXITED, engine.lifecycle.inspect("rm").state(), "kept while its log is read");

        release.countDown();
        Await.until("automatic removal", () -> RecoveryTest.isGone(engine, rm.id()));
        follower.join(5000);
        assertEquals(List.of("hello from rm"), read);
        fx.awaitAction(rm.id(), "destroy");
        assertEquals(List.of("create", "start", "die", "destroy"), fx.actions(rm.id()));
    }

    @Test
    void autoRemoveWithoutReadersRemovesRightAway() {
        Container rm = engine.lifecycle.create(ContainerConfig.builder("busybox").autoRemove(true).build());
        engine.lifecycle.start(rm.id());
        fx.shim.exit(rm.id(), 0);
        Await.until("automatic removal", () -> RecoveryTest.isGone(engine, rm.id()));
        assertTrue(fx.images.usersOf(fx.busybox).isEmpty());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
