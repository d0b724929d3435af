package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.network.PortBinding;
import io.gantry.ns.net.internal.NetworkNamespaceProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Anonymous volumes with the image's content, tmpfs size and mode, and publish-all over exposed ports. */
class VolumesAndPortsRealTest extends RealEngineTest {
    private final AddressingNetworkDriver lab = new AddressingNetworkDriver();

    @BeforeAll
    void start() throws Exception {
        real.engine.providers.bindNamespaceProvider(new NetworkNamespaceProvider(), Map.of("service.id", 11L));
        real.engine.providers.bindNetworkDriver(lab, Map.of("service.id", 12L));
        real.images.add("seeded", new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(),
                null, List.of("80/tcp"), List.of("/srv/data", "/covered")));
    }

    @Test
    void anAnonymousVolumeIsARealVolumeKeptByRmAndRemovedByRmV() throws Exception {
        Container box = real.runToEnd(RealEngine.script("ls -A /data; echo x > /data/f; cat /data/f")
                .mounts(List.of(new Mount(Mount.Type.VOLUME, null, "/data", false))));
        assertEquals("x\n", real.output(box.id()));
        String name = box.config().mounts().get(0).source();
        assertTrue(name.matches("[0-9a-f]{64}"), name);
        assertTrue(real.engine.volumes.inspect(name).isAnonymous());
        assertEquals("x\n", Files.readString(real.volumes.dataOf(name).resolve("f")));
        assertEquals(Set.of(), real.volumes.mountedBy.get(name), "unmounted when the container ended");

        Container other = real.runToEnd(RealEngine.busybox("true")
                .mounts(List.of(new Mount(Mount.Type.VOLUME, null, "/data", false))));
        real.engine.lifecycle.remove(other.id(), false);
        assertTrue(Files.exists(real.volumes.dataOf(other.config().mounts().get(0).source())), "rm keeps it");
        real.engine.lifecycle.remove(box.id(), false, true);
        assertTrue(Files.notExists(real.volumes.dataOf(name)), "rm -v removes it");
    }

    @Test
    void anImageVolumeGetsTheImageContentOnceWithOwnerAndMode() throws Exception {
        Path host = Files.createDirectories(real.root.resolve("bound"));
        Container box = real.engine.lifecycle.create(seeded(
                "stat -c '%u %a' /srv/data/seed; cat /srv/data/seed; echo more >> /srv/data/seed")
                .mounts(List.of(Mount.bind(host.toString(), "/covered", false))).build());
        Path seed = Files.createDirectories(real.root.resolve("storage").resolve(box.id()).resolve("rootfs/srv/data"))
                .resolve("seed");
        Files.writeString(seed, "from the image\n");
        Files.setAttribute(seed, "unix:uid", 1234);
        Files.setPosixFilePermissions(seed, PosixFilePermissions.fromString("rw-r-----"));

        real.engine.lifecycle.start(box.id());
        assertEquals("1234 640\nfrom the image\n", real.output(box.id()));
        List<Mount> mounts = real.engine.lifecycle.inspect(box.id()).config().mounts();
        assertEquals(List.of("/covered", "/srv/data"), mounts.stream().map(Mount::target).toList(),
                "a bind over an image volume replaces it");
        assertEquals(Mount.Type.VOLUME, mounts.get(1).type());
        assertEquals("from the image\nmore\n", Files.readString(real.volumes.dataOf(mounts.get(1).source())
                .resolve("seed")));
        assertEquals("from the image\n", Files.readString(seed), "the image's layer is untouched");
    }

    @Test
    void aSizedTmpfsRefusesMoreAndHasItsMode() throws Exception {
        Container box = real.runToEnd(RealEngine.busybox("sh", "-c",
                "stat -c %a /t && dd if=/dev/zero of=/t/f bs=1024 count=2048")
                .mounts(List.of(new Mount(Mount.Type.TMPFS, null, "/t", false, 1024L * 1024, 0755))));
        assertNotEquals(0, box.exitCode());
        String log = real.log(box.id());
        assertTrue(log.startsWith("755\n") && log.contains("No space left on device"), log);
    }

    @Test
    void publishAllAddsAFreeHostPortForEachExposedPortWithoutABinding() throws Exception {
        Container box = real.runToEnd(seeded("true").networkMode(AddressingNetworkDriver.NETWORK)
                .exposedPorts(List.of("53/udp", "8080")).ports(List.of(PortBinding.tcp(9000, 8080)))
                .publishAllPorts(true));
        assertEquals(List.of("53/udp", "8080/tcp", "80/tcp"), box.config().exposedPorts());
        assertEquals(List.of(PortBinding.tcp(9000, 8080), new PortBinding("", 0, 53, "udp"), PortBinding.tcp(0, 80)),
                lab.endpoints.get(lab.endpoints.size() - 1).ports());

        real.runToEnd(seeded("true").networkMode(AddressingNetworkDriver.NETWORK));
        assertEquals(List.of(), lab.endpoints.get(lab.endpoints.size() - 1).ports(), "exposing publishes nothing");
    }

    @Test
    void publishAllWithoutANetworkOrABadExposedPortIsRefused() {
        int before = real.engine.lifecycle.list(true).size();
        assertEquals("cannot publish all exposed ports with network mode none: publishing needs a network",
                assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(seeded("true")
                        .networkMode("none").publishAllPorts(true).build())).getMessage());
        assertEquals("invalid port '80/sctp': the protocol must be tcp or udp",
                assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(seeded("true")
                        .exposedPorts(List.of("80/sctp")).build())).getMessage());
        assertEquals(before, real.engine.lifecycle.list(true).size());
    }

    private static ContainerConfig.Builder seeded(String script) {
        return RealEngine.script(script).image("seeded");
    }
}
