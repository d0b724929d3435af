package io.gantry.core.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.container.Resources;
import io.gantry.api.image.ImageConfig;
import io.gantry.testkit.TestRoots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerStoreTest {
    @TempDir
    Path root;

    @Test
    void recordsSurviveARoundTrip() {
        EnginePaths settings = EnginePaths.of(TestRoots.under(root));
        ContainerStore store = new ContainerStore(settings, Json.MAPPER);
        ContainerRecord record = new ContainerRecord();
        record.id = "a".repeat(64);
        record.name = "web";
        record.imageId = "sha256:" + "b".repeat(64);
        record.imageConfig = new ImageConfig(List.of("A=1"), List.of("/e"), List.of("c"), "/w", "u", Map.of(), "HUP");
        record.config = ContainerConfig.builder("busybox").name("web").pidMode(NamespaceMode.container("db"))
                .resources(Resources.NONE.withMemory(1L << 30)).labels(Map.of("k", "v")).build();
        record.state = ContainerState.RUNNING;
        record.created = Instant.parse("2024-05-01T10:00:00.123456789Z");
        record.startedAt = Instant.parse("2024-05-01T10:00:01Z");
        record.pid = 42;
        record.layerIds = List.of("chain-a", "chain-b");
        record.cgroupsPath = "/gantry/" + record.id;
        ContainerHandle handle = new ContainerHandle(record, settings.logPath(record.id));
        handle.locked(() -> store.save(handle));

        ContainerRecord loaded = store.loadAll().get(0);
        assertEquals(record.toContainer(settings.logPath(record.id)), loaded.toContainer(settings.logPath(record.id)));
        assertEquals(record.imageConfig, loaded.imageConfig);
        assertEquals(record.layerIds, loaded.layerIds);
        assertEquals(record.cgroupsPath, loaded.cgroupsPath);
    }

    @Test
    void damagedRecordsAreSkippedAndNoTempFilesRemain() throws IOException {
        EnginePaths settings = EnginePaths.of(TestRoots.under(root));
        ContainerStore store = new ContainerStore(settings, Json.MAPPER);
        Files.createDirectories(settings.containerDir("broken"));
        Files.writeString(settings.recordFile("broken"), "{ not json");
        ContainerRecord record = new ContainerRecord();
        record.id = "c".repeat(64);
        record.name = "ok";
        record.state = ContainerState.CREATED;
        record.config = ContainerConfig.builder("busybox").build();
        ContainerHandle handle = new ContainerHandle(record, settings.logPath(record.id));
        handle.locked(() -> store.save(handle));
        handle.locked(() -> store.save(handle));

        assertEquals(List.of("ok"), store.loadAll().stream().map(r -> r.name).toList());
        try (Stream<Path> files = Files.list(settings.containerDir(record.id))) {
            assertEquals(List.of("container.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        store.delete(record.id);
        assertFalse(Files.exists(settings.containerDir(record.id)));
    }
}
