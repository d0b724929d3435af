package io.gantry.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.ContainerState;
import io.gantry.api.event.Event;
import io.gantry.api.image.ImageService;
import io.gantry.core.internal.TestProviders;
import io.gantry.core.internal.events.AsyncEventBus;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerIndex;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import io.gantry.testkit.Await;
import io.gantry.testkit.TestRoots;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacked layers go once no image and no container needs them, children first, shared ones stay. */
class LayerCollectorTest {
    private static final String CONTAINER = "c".repeat(64);

    /** Image id to its layer chain ids, base first. */
    private final Map<String, List<String>> images = new ConcurrentHashMap<>();
    private final LayerCollectorStorage storage = new LayerCollectorStorage();
    @TempDir
    Path root;
    private ContainerIndex index;
    private final AsyncEventBus bus = new AsyncEventBus();
    private LayerCollector collector;

    @BeforeEach
    void twoImagesSharingABase() {
        images.put("app", List.of("base", "app-top"));
        images.put("tool", List.of("base", "tool-mid", "tool-top"));
        images.values().forEach(chain -> {
            for (int i = 0; i < chain.size(); i++) {
                storage.applyLayer(chain.get(i), i == 0 ? null : chain.get(i - 1), null);
            }
        });
        ProviderDirectory providers = TestProviders.directory();
        providers.bindStorageDriver(storage, Map.of("service.id", 1L));
        StateStore state = new StateStore(TestRoots.under(root));
        index = state.index();
        collector = new LayerCollector(providers, state, imageService(), bus);
    }

    @AfterEach
    void closeTheCollector() {
        collector.close();
        bus.deactivate();
    }

    @Test
    void deletedImageLosesItsOwnLayersOnlyWhenTheEventArrives() {
        images.remove("app");
        bus.publish(new Event("image", "delete", "app", Map.of("name", "app"), Instant.now()));

        Await.until("the app layer is removed", () -> !storage.hasLayer("app-top"));
        assertEquals(Set.of("base", "tool-mid", "tool-top"), storage.layers());
    }

    @Test
    void layersGoChildFirstWhenTheLastImageIsDeleted() {
        images.clear();

        collector.collect();

        assertEquals(Set.of(), storage.layers());
        List<String> order = storage.removed;
        assertEquals(order.size() - 1, order.indexOf("base"), order.toString());
        assertTrue(order.indexOf("tool-top") < order.indexOf("tool-mid"), order.toString());
    }

    @Test
    void aContainerKeepsTheLayersOfItsDeletedImageUntilItIsDestroyed() {
        ContainerHandle container = addContainer(images.get("tool"));
        images.clear();

        collector.collect();
        assertEquals(Set.of("base", "tool-mid", "tool-top"), storage.layers());

        index.remove(container);
        bus.publish(new Event("container", "destroy", CONTAINER, Map.of("name", "web"), Instant.now()));
        Await.until("every layer is removed", () -> storage.layers().isEmpty());
    }

    @Test
    void aLayerNoImageEverHadIsCollectedToo() {
        storage.applyLayer("orphan", "base", null);

        collector.collect();

        assertEquals(List.of("orphan"), storage.removed);
    }

    @Test
    void otherEventsDoNotCollect() {
        assertFalse(LayerCollector.mayFreeLayers(new Event("image", "untag", "a", Map.of(), Instant.now())));
        assertFalse(LayerCollector.mayFreeLayers(new Event("container", "die", "a", Map.of(), Instant.now())));
    }

    private ContainerHandle addContainer(List<String> layerIds) {
        ContainerRecord record = new ContainerRecord();
        record.id = CONTAINER;
        record.name = "web";
        record.state = ContainerState.CREATED;
        record.layerIds = layerIds;
        ContainerHandle handle = new ContainerHandle(record, Path.of("/logs", CONTAINER));
        index.reserveName("web", CONTAINER);
        index.add(handle);
        return handle;
    }

    /** Answers only what the collector asks: which candidate chain ids no image has. */
    private ImageService imageService() {
        return (ImageService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ImageService.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("unusedLayerChainIds")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Set<String> used = images.values().stream().flatMap(List::stream).collect(Collectors.toSet());
                    @SuppressWarnings("unchecked")
                    Set<String> candidates = (Set<String>) args[0];
                    return candidates.stream().filter(id -> !used.contains(id)).collect(Collectors.toSet());
                });
    }
}
