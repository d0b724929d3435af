package io.gantry.shell.internal.completers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.image.ImageConfig;
import io.gantry.shell.internal.Containers;
import io.gantry.testkit.fake.FakeContainers;
import io.gantry.testkit.fake.FakeImages;
import io.gantry.testkit.fake.FakeVolumes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompletersTest {
    private final FakeContainers containers = new FakeContainers();
    /** Holds busybox:latest from the start. */
    private final FakeImages images = new FakeImages();

    @BeforeEach
    void data() {
        Container web = Containers.created(Containers.id("ab"), "web", ContainerConfig.builder("busybox").build(), Instant.now());
        containers.add(Containers.running(web, Instant.now()));
        containers.add(Containers.created(Containers.id("a7"), "worker", ContainerConfig.builder("busybox").build(),
                Instant.now()));
        images.add("bb:1", ImageConfig.EMPTY);
    }

    @Test
    void containerCompleterOffersNamesAndShortIdsOfAllContainers() {
        ContainerCompleter completer = new ContainerCompleter();
        completer.containers = containers;
        assertEquals(List.of("a7a7a7a7a7a7 ", "abababababab "), complete(completer, "a"));
        assertEquals(List.of("web ", "worker "), complete(completer, "w"));
    }

    @Test
    void runningContainerCompleterOffersOnlyRunningOnes() {
        RunningContainerCompleter completer = new RunningContainerCompleter();
        completer.containers = containers;
        assertEquals(List.of("web "), complete(completer, "w"));
        assertEquals(List.of("abababababab ", "web "), complete(completer, ""));
    }

    @Test
    void pausedContainerCompleterOffersOnlyPausedOnes() {
        PausedContainerCompleter completer = new PausedContainerCompleter();
        completer.containers = containers;
        assertEquals(List.of(), complete(completer, ""));
        Container web = containers.inspect(Containers.id("ab"));
        containers.add(new Container(web.id(), web.name(), web.imageId(), web.config(), ContainerState.PAUSED,
                web.created(), web.startedAt(), null, web.pid(), null, false, null, web.runtime(),
                web.storageDriver(), web.rootfs(), web.logPath(), 0));
        assertEquals(List.of("abababababab ", "web "), complete(completer, ""));
    }

    @Test
    void imageCompleterOffersTags() {
        ImageCompleter completer = new ImageCompleter();
        completer.images = images;
        assertEquals(List.of("bb:1 ", "busybox:latest "), complete(completer, "b"));
        assertEquals(List.of(), complete(completer, "x"));
    }

    @Test
    void volumeCompleterOffersNames() {
        FakeVolumes volumes = new FakeVolumes();
        volumes.add("db");
        volumes.add("data");
        volumes.add("web");
        VolumeCompleter completer = new VolumeCompleter();
        completer.volumes = volumes;
        assertEquals(List.of("data ", "db "), complete(completer, "d"));
        assertEquals(List.of(), complete(completer, "x"));
    }

    private static List<String> complete(Completer completer, String typed) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), candidates);
        return candidates;
    }
}
