package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.Resources;
import io.gantry.api.container.monitor.ContainerStats;
import io.gantry.api.system.ProviderInfo;
import io.gantry.api.system.SystemInfo;
import io.gantry.testkit.Await;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesAndInfoTest extends StartedEngineTest {
    static final long MB = 1024 * 1024;

    @Test
    void updateOfARunningContainerReachesTheControllersAndIsPersisted() {
        Container web = fx.run("web");
        engine.lifecycle.update("web", Resources.NONE.withMemory(64 * MB));
        engine.lifecycle.update("web", Resources.NONE.withNanoCpus(null));
        assertEquals(2, fx.memory.updates.size());
        assertEquals(64 * MB, fx.memory.updates.get(1).memoryBytes(), "later updates keep earlier limits");
        assertEquals(64 * MB, engine.lifecycle.inspect("web").config().resources().memoryBytes());
        assertTrue(fx.recordJson(web.id()).contains("\"memoryBytes\" : " + 64 * MB));
    }

    @Test
    void invalidUpdateChangesNothing() {
        fx.run("web");
        InvalidArgumentException invalid = assertThrows(InvalidArgumentException.class,
                () -> engine.lifecycle.update("web", Resources.NONE.withMemory(5L)));
        assertEquals("invalid memory limit 5: minimum memory limit is 6MB", invalid.getMessage());
        assertTrue(fx.memory.updates.isEmpty());
        assertNull(engine.lifecycle.inspect("web").config().resources().memoryBytes());
    }

    @Test
    void updateOfAStoppedContainerOnlyPersists() {
        fx.create("web");
        engine.lifecycle.update("web", Resources.NONE.withMemory(64 * MB));
        assertTrue(fx.memory.updates.isEmpty());
        assertEquals(64 * MB, engine.lifecycle.inspect("web").config().resources().memoryBytes());
    }

    @Test
    void statsComeFromEveryControllerOfARunningContainer() {
        Container web = fx.run("web");
        ContainerStats stats = engine.monitor.stats("web");
        assertEquals(web.id(), stats.id());
        assertEquals(Map.of("memory", Map.of("usage", 1234L, "oom_kill", 0L), "devices", Map.of()),
                stats.byController(), "the fake runtime makes no devices cgroup to count rules in");
        assertEquals(List.of("/gantry/" + web.id()), fx.memory.statsPaths);

        engine.lifecycle.kill("web", "KILL");
        Await.until("exit", () -> !engine.lifecycle.inspect("web").state().isLive());
        ConflictException notRunning = assertThrows(ConflictException.class, () -> engine.monitor.stats("web"));
        assertEquals("container web is not running", notRunning.getMessage());
    }

    @Test
    void infoDescribesRootsDefaultsCountsAndProviders() {
        fx.run("web");
        fx.create("idle");
        FakeRuntime preferred = new FakeRuntime("runc");
        engine.providers.bindOciRuntime(preferred, Map.of("service.id", 30L, "service.ranking", 5));

        SystemInfo info = engine.system.info();
        assertEquals(root.resolve("data").toString(), info.dataRoot());
        assertEquals(root.resolve("run").toString(), info.runRoot());
        assertEquals("runc", info.defaultRuntime());
        assertEquals("overlay", info.defaultStorage());
        assertEquals("none", info.defaultNetwork());
        assertEquals(2, info.containers());
        assertEquals(1, info.running());
        assertEquals(1, info.images());
        assertTrue(List.of("1", "2").contains(info.cgroupVersion()));
        assertTrue(info.providers().contains(new ProviderInfo("runtime", "runc", null, null, 5, true)));
        assertTrue(info.providers().contains(new ProviderInfo("runtime", "runc", null, null, 0, false)));
        assertTrue(info.providers().contains(new ProviderInfo("namespace", "uts", null, null, 0, true)));
        assertTrue(info.providers().contains(new ProviderInfo("shim", "fake", null, null, 0, true)));
        assertTrue(info.providers().contains(new ProviderInfo("cgroup", "memory", null, null, 0, true)));
        assertFalse(info.version().isEmpty());
    }
}
