package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gantry.api.config.EngineRoots;
import io.gantry.api.container.Container;
import io.gantry.api.container.monitor.FileChange.Kind;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.api.image.ImageConfig;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.storage.overlay.internal.OverlayStorageDriver;
import io.gantry.testkit.Await;
import io.gantry.testkit.BusyboxRootfs;
import io.gantry.testkit.ConfigAnnotations;
import io.gantry.testkit.LayerTar;
import io.gantry.testkit.MountPoints;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker diff through the engine, on the real overlay driver, of a running and of a stopped container. */
class ChangesRealTest extends RealEngineTest {
    private static final String IMAGE = "diffbox";

    @BeforeAll
    void start() throws Exception {
        real.images.add(IMAGE, new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(), null));
        real.images.layerTars.put("sha256:blob-a-" + IMAGE, BusyboxRootfs.fromHost().tar());
        real.images.layerTars.put("sha256:blob-b-" + IMAGE, new LayerTar().file("etc/motd", "hi", 0644).bytes());
        EngineRoots storage = ConfigAnnotations.of(EngineRoots.class, Map.of("data_root",
                real.root.resolve("overlay").toString(), "run_root", real.root.resolve("run").toString()));
        real.engine.providers.bindStorageDriver(new OverlayStorageDriver(new LibcSyscalls(), storage),
                Map.of("service.id", 20L, "service.ranking", 10));
    }

    @Test
    void theChangesOfARunningContainerStayOnceItStopped() throws Exception {
        Container box = real.run(RealEngine.busybox("sh", "-c", "echo x >> /etc/passwd; rm /etc/group; "
                + "mkdir -p /srv/new && echo n > /srv/new/file; echo ready; exec sleep 30").image(IMAGE).init(true));
        Await.until("the script's changes", () -> real.log(box.id()).contains("ready"));
        List<FileChange> expected = List.of(change("/etc", Kind.MODIFIED), change("/etc/group", Kind.DELETED),
                change("/etc/passwd", Kind.MODIFIED), change("/srv", Kind.ADDED), change("/srv/new", Kind.ADDED),
                change("/srv/new/file", Kind.ADDED));
        assertEquals(expected, real.engine.monitor.changes(box.id()), "engine mount points are not changes");

        real.engine.lifecycle.stop(box.id(), Duration.ZERO);
        assertEquals(expected, real.engine.monitor.changes(box.id()));
        assertFalse(MountPoints.under(real.root.resolve("overlay")).stream()
                .anyMatch(mount -> mount.toString().contains(box.id())), "the root is unmounted after the call");
    }

    @Test
    void aCreatedContainerHasNoChanges() {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("true").image(IMAGE).build());
        assertEquals(List.of(), real.engine.monitor.changes(box.id()));
    }

    private static FileChange change(String path, Kind kind) {
        return new FileChange(path, kind);
    }
}
