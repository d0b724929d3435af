package io.gantry.ns.ipc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountOrderTest {

    private static Mount tmpfs(String destination) {
        return new Mount(destination, "tmpfs", "tmpfs", List.of());
    }

    private static List<String> destinations(Spec spec) {
        return spec.mounts.stream().map(Mount::destination).toList();
    }

    @Test
    void parentAddedLaterGoesBeforeItsChildren() {
        Spec spec = new Spec();
        MountOrder.put(spec, tmpfs("/proc"));
        MountOrder.put(spec, tmpfs("/dev/shm"));
        MountOrder.put(spec, tmpfs("/devices"));
        MountOrder.put(spec, tmpfs("/dev/mqueue"));
        MountOrder.put(spec, tmpfs("/dev"));
        assertEquals(List.of("/proc", "/dev", "/dev/shm", "/devices", "/dev/mqueue"), destinations(spec));
    }

    @Test
    void childAddedLaterGoesAfterItsParent() {
        Spec spec = new Spec();
        MountOrder.put(spec, tmpfs("/dev"));
        MountOrder.put(spec, tmpfs("/data"));
        MountOrder.put(spec, tmpfs("/dev/shm"));
        assertEquals(List.of("/dev", "/data", "/dev/shm"), destinations(spec));
    }

    @Test
    void sameDestinationIsReplaced() {
        Spec spec = new Spec();
        MountOrder.put(spec, tmpfs("/dev/shm"));
        Mount bind = Mount.bind("/dev/shm", "/dev/shm");
        MountOrder.put(spec, bind);
        assertEquals(List.of(bind), spec.mounts);
    }
}
