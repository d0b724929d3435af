package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.monitor.LogOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bind and tmpfs mounts in real busybox containers. */
class MountsRealTest extends RealEngineTest {
    @TempDir
    Path host;

    @Test
    void aBindMountIsVisibleAndWritableAndOutlivesTheContainer() throws Exception {
        Path data = Files.createDirectories(host.resolve("data"));
        Files.writeString(data.resolve("in.txt"), "from the host");
        Container box = runToEnd(RealEngine.busybox("sh", "-c", "cat /data/in.txt > /data/out.txt")
                .mounts(List.of(Mount.bind(data.toString(), "/data", false))));
        assertEquals(0, box.exitCode());
        assertEquals("from the host", Files.readString(data.resolve("out.txt")));

        real.engine.lifecycle.remove(box.id(), true);
        assertEquals("from the host", Files.readString(data.resolve("in.txt")), "rm leaves the host source alone");
    }

    @Test
    void aReadOnlyBindRefusesWrites() throws Exception {
        Path data = Files.createDirectories(host.resolve("ro"));
        Container box = runToEnd(RealEngine.busybox("sh", "-c", "echo x > /data/f")
                .mounts(List.of(Mount.bind(data.toString(), "/data", true))));
        assertNotEquals(0, box.exitCode());
        assertTrue(log(box).contains("Read-only file system"), log(box));
        assertTrue(Files.notExists(data.resolve("f")));
    }

    @Test
    void aMissingSourceFolderIsCreatedAndAFileIsBoundAsAFile() throws Exception {
        Path missing = host.resolve("made/by/engine");
        Path file = Files.writeString(host.resolve("greeting.txt"), "hello file");
        Container box = runToEnd(RealEngine.busybox("sh", "-c", "cat /etc/greeting; ls -d /made")
                .mounts(List.of(Mount.bind(missing.toString(), "/made", false),
                        Mount.bind(file.toString(), "/etc/greeting", true))));
        assertEquals(0, box.exitCode(), log(box));
        assertTrue(Files.isDirectory(missing));
        assertTrue(log(box).contains("hello file"), log(box));
    }

    @Test
    void anImageSymlinkAtAFileTargetStaysInsideTheRoot() throws Exception {
        Path hostTarget = host.resolve("never-created");
        Path file = Files.writeString(host.resolve("source.txt"), "bound");
        Container box = real.engine.lifecycle.create(RealEngine.busybox("cat", "/etc/planted")
                .mounts(List.of(Mount.bind(file.toString(), "/etc/planted", true))).build());
        Path etc = Files.createDirectories(real.root.resolve("storage").resolve(box.id()).resolve("rootfs/etc"));
        Files.createSymbolicLink(etc.resolve("planted"), hostTarget);
        real.engine.lifecycle.start(box.id());
        real.engine.lifecycle.waitFor(box.id(), WaitCondition.NOT_RUNNING).get(10, TimeUnit.SECONDS);
        assertEquals("bound", log(real.engine.lifecycle.inspect(box.id())));
        assertTrue(Files.notExists(hostTarget, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aTmpfsIsMountedWithItsOptions() throws Exception {
        Container box = runToEnd(RealEngine.busybox("grep", " /scratch ", "/proc/mounts")
                .mounts(List.of(new Mount(Mount.Type.TMPFS, null, "/scratch", false))));
        assertEquals(0, box.exitCode(), log(box));
        assertTrue(log(box).startsWith("tmpfs /scratch tmpfs rw,nosuid,nodev"), log(box));
    }

    @Test
    void badMountsAreRefusedAtCreateLeavingNothing() {
        int before = real.engine.lifecycle.list(true).size();
        assertEquals("\"../cache\" includes invalid characters for a local volume name, only"
                + " \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path",
                assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(
                        RealEngine.busybox("true").mounts(List.of(new Mount(Mount.Type.VOLUME, "../cache", "/cache",
                                false))).build())).getMessage());
        assertEquals("duplicate mount point: /data", assertThrows(InvalidArgumentException.class,
                () -> real.engine.lifecycle.create(RealEngine.busybox("true").mounts(List.of(Mount.bind("/tmp", "/data", false),
                        Mount.bind("/var", "/data/", false))).build())).getMessage());
        assertEquals("invalid mount target '/..': cannot mount over the container's root",
                assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(RealEngine.busybox("true")
                        .mounts(List.of(new Mount(Mount.Type.TMPFS, null, "/..", false))).build())).getMessage());
        assertEquals(before, real.engine.lifecycle.list(true).size());
    }

    private Container runToEnd(ContainerConfig.Builder config) throws Exception {
        Container box = real.run(config);
        real.engine.lifecycle.waitFor(box.id(), WaitCondition.NOT_RUNNING).get(10, TimeUnit.SECONDS);
        return real.engine.lifecycle.inspect(box.id());
    }

    private String log(Container box) {
        StringBuilder text = new StringBuilder();
        real.engine.monitor.logs(box.id(), LogOptions.ALL, entry -> {
            text.append(entry.text());
            return true;
        });
        return text.toString();
    }
}
