package io.gantry.ns.ipc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order {@link Spec#putMount} keeps, which the shm mount relies on: /dev before /dev/shm. */
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
        spec.putMount(tmpfs("/proc"));
        spec.putMount(tmpfs("/dev/shm"));
        spec.putMount(tmpfs("/devices"));
        spec.putMount(tmpfs("/dev/mqueue"));
        spec.putMount(tmpfs("/dev"));
        assertEquals(List.of("/proc", "/dev", "/dev/shm", "/devices", "/dev/mqueue"), destinations(spec));
    }

    @Test
    void childAddedLaterGoesAfterItsParent() {
        Spec spec = new Spec();
        spec.putMount(tmpfs("/dev"));
        spec.putMount(tmpfs("/data"));
        spec.putMount(tmpfs("/dev/shm"));
        assertEquals(List.of("/dev", "/data", "/dev/shm"), destinations(spec));
    }

    @Test
    void sameDestinationIsReplaced() {
        Spec spec = new Spec();
        spec.putMount(tmpfs("/dev/shm"));
        Mount bind = Mount.bind("/dev/shm", "/dev/shm");
        spec.putMount(bind);
        assertEquals(List.of(bind), spec.mounts);
    }
}
