package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.VolumeOptions;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeSpec;
import io.gantry.testkit.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Named volumes through the volume driver, with real containers: sharing, read-only, copy-up, use and removal. */
class NamedVolumesRealTest extends RealEngineTest {
    @BeforeAll
    void images() {
        real.images.add("dbimage", new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(),
                null, List.of(), List.of("/var/lib/db")));
    }

    @Test
    void dataWrittenInOneContainerIsReadInAnotherAndReadOnlyRefusesWrites() throws Exception {
        Container writer = real.runToEnd(RealEngine.script("echo kept > /shared/note").mounts(List.of(
                Mount.volume("shared", "/shared", false, null))));
        assertEquals("", real.output(writer.id()));
        assertEquals(Set.of(), real.volumes.mountedBy.get("shared"), "the ended writer no longer has it mounted");
        real.engine.lifecycle.remove(writer.id(), false, true);
        assertTrue(real.volumes.volumes.containsKey("shared"), "a named volume outlives rm -v");

        Container reader = real.runToEnd(RealEngine.script("cat /shared/note; echo x > /shared/other || echo refused")
                .mounts(List.of(Mount.volume("shared", "/shared", true, null))));
        assertEquals("kept\nrefused\n", real.output(reader.id()).replaceAll("(?m)^sh: .*\n", ""));
        assertFalse(Files.exists(real.volumes.dataOf("shared").resolve("other")));
        assertEquals("local", reader.config().mounts().get(0).volumeOptions().driver(), "the mount names its driver");
    }

    @Test
    void aNewEmptyVolumeGetsTheImageContentWithOwnerAndModeAndANonEmptyOneDoesNot() throws Exception {
        Container first = seeded(db("stat -c '%u %a' /var/lib/db /var/lib/db/seed")
                .mounts(List.of(Mount.volume("dbdata", "/var/lib/db", false, null))));
        real.engine.lifecycle.start(first.id());
        assertEquals("999 700\n999 640\n", real.output(first.id()));
        assertEquals("from the image\n", Files.readString(real.volumes.dataOf("dbdata").resolve("seed")));

        Files.writeString(real.volumes.dataOf("dbdata").resolve("seed"), "changed in the volume\n");
        Container second = seeded(db("cat /var/lib/db/seed")
                .mounts(List.of(Mount.volume("dbdata", "/var/lib/db", false, null))));
        real.engine.lifecycle.start(second.id());
        assertEquals("changed in the volume\n", real.output(second.id()), "a volume with data is not filled");

        Container noCopy = seeded(db("ls -A /var/lib/db").mounts(List.of(Mount.volume("empty", "/var/lib/db",
                false, new VolumeOptions(true, null, Map.of(), Map.of())))));
        real.engine.lifecycle.start(noCopy.id());
        assertEquals("", real.output(noCopy.id()), "nocopy keeps a new volume empty");
    }

    @Test
    void anImageVolumeIsAnAnonymousVolumeThatRunRmRemoves() throws Exception {
        Container box = real.run(db("true").autoRemove(true));
        String name = box.config().mounts().get(0).source();
        assertTrue(real.engine.volumes.inspect(name).isAnonymous());
        Await.until("the --rm container and its anonymous volume are gone",
                () -> real.engine.lifecycle.list(true).stream().noneMatch(c -> c.id().equals(box.id()))
                        && !real.volumes.volumes.containsKey(name));
    }

    @Test
    void aUsedVolumeIsNotRemovedNotEvenWithForceWhileItsContainerRuns() throws Exception {
        Container sleeper = real.run(RealEngine.busybox("sleep", "60")
                .mounts(List.of(Mount.volume("busy", "/busy", false, null))));
        ConflictException inUse = assertThrows(ConflictException.class,
                () -> real.engine.volumes.remove("busy", false));
        assertEquals("remove busy: volume is in use - [" + sleeper.id() + "]", inUse.getMessage());
        assertThrows(ConflictException.class, () -> real.engine.volumes.remove("busy", true));
        assertEquals(List.of(sleeper.id()), real.engine.volumes.users("busy"));

        real.engine.lifecycle.kill(sleeper.id(), "KILL");
        Await.until("the sleeper exited", () -> !real.state(sleeper.id()).isLive());
        assertThrows(ConflictException.class, () -> real.engine.volumes.remove("busy", false),
                "a stopped container still uses it");
        assertTrue(real.engine.volumes.prune(v -> true).deleted().stream().noneMatch("busy"::equals),
                "prune keeps a used volume");
        real.engine.volumes.remove("busy", true);
        assertThrows(NotFoundException.class, () -> real.engine.volumes.inspect("busy"));
    }

    @Test
    void pruneRemovesOnlyUnusedVolumesThatTheFilterTakes() {
        real.engine.volumes.create(null, new VolumeSpec("keep-me", Map.of("keep", "yes"), Map.of()));
        real.engine.volumes.create(null, new VolumeSpec("drop-me", Map.of(), Map.of()));
        var pruned = real.engine.volumes.prune(v -> !v.labels().containsKey("keep"));
        assertTrue(pruned.deleted().contains("drop-me"), pruned.toString());
        assertFalse(pruned.deleted().contains("keep-me"), pruned.toString());
        assertEquals("keep-me", real.engine.volumes.inspect("keep-me").name());
    }

    @Test
    void createIsIdempotentAndAMissingDriverOrABadNameIsAClearError() {
        Volume made = real.engine.volumes.create(null, new VolumeSpec("twice", Map.of("a", "1"), Map.of()));
        assertEquals(made, real.engine.volumes.create("local", VolumeSpec.named("twice")));
        assertEquals("no volume driver named nfs is installed (installed: local)", assertThrows(
                NotFoundException.class, () -> real.engine.volumes.create("nfs", VolumeSpec.named("x1"))).getMessage());
        int before = real.engine.lifecycle.list(true).size();
        assertEquals("no volume driver named nfs is installed (installed: local)", assertThrows(
                NotFoundException.class, () -> real.engine.lifecycle.create(RealEngine.busybox("true")
                        .mounts(List.of(Mount.volume("fresh", "/fresh", false, null))).volumeDriver("nfs").build()))
                .getMessage());
        assertEquals(before, real.engine.lifecycle.list(true).size());
        assertFalse(real.volumes.volumes.containsKey("fresh"));
    }

    @Test
    void aFailedCreateRemovesTheVolumesItMadeAndKeepsTheOnesThatWereThere() {
        real.engine.volumes.create(null, VolumeSpec.named("existing"));
        int before = real.volumes.volumes.size();
        assertThrows(NotFoundException.class, () -> real.engine.lifecycle.create(RealEngine.busybox("true")
                .image("no-such-image").mounts(List.of(Mount.volume("existing", "/a", false, null),
                        Mount.volume("made-here", "/b", false, null), Mount.volume(null, "/c", false, null)))
                .build()));
        assertEquals(before, real.volumes.volumes.size(), real.volumes.volumes.keySet().toString());
        assertTrue(real.volumes.volumes.containsKey("existing"));
    }

    @Test
    void aVolumeNamedWithAnotherDriverThanItsOwnIsRefused() {
        real.engine.volumes.create("local", VolumeSpec.named("shared-name"));
        ConflictException other = assertThrows(ConflictException.class, () -> real.engine.lifecycle.create(
                RealEngine.busybox("true").mounts(List.of(Mount.volume("shared-name", "/x", false,
                        new VolumeOptions(false, "elsewhere", Map.of(), Map.of())))).build()));
        assertEquals("volume shared-name already exists with driver local, not elsewhere", other.getMessage());
    }

    /** A created container whose image has /var/lib/db/seed, owned by 999 with modes 700 and 640. */
    private Container seeded(ContainerConfig.Builder config) throws Exception {
        Container box = real.engine.lifecycle.create(config.build());
        Path folder = Files.createDirectories(real.root.resolve("storage").resolve(box.id())
                .resolve("rootfs/var/lib/db"));
        Files.setAttribute(folder, "unix:uid", 999);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Path seed = Files.writeString(folder.resolve("seed"), "from the image\n");
        Files.setAttribute(seed, "unix:uid", 999);
        Files.setPosixFilePermissions(seed, PosixFilePermissions.fromString("rw-r-----"));
        return box;
    }

    private static ContainerConfig.Builder db(String script) {
        return RealEngine.script(script).image("dbimage");
    }
}
