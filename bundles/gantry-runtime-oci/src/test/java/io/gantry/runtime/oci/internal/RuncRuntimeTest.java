package io.gantry.runtime.oci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.oci.LinuxResources;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.runtime.oci.testing.TestRuntimes;
import io.gantry.testkit.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuncRuntimeTest extends OciRuntimeContract {
    private static final Path MEMORY_CGROUPS = Path.of("/sys/fs/cgroup/memory");

    @Override
    OciRuntime runtime(Path runRoot, String binary) {
        return TestRuntimes.runc(runRoot, binary);
    }

    @Override
    String defaultBinary() {
        return "/usr/sbin/runc";
    }

    @Test
    void updatesResourcesOfARunningContainer() throws Exception {
        String cgroup = "/" + runtime.name() + "-update-" + Long.toHexString(System.nanoTime());
        String id = create(List.of("sleep", "30"), cgroup);
        runtime.start(id);
        LinuxResources resources = new LinuxResources();
        resources.memory = new LinuxResources.Memory(64L << 20, null, null, null, null, null);
        runtime.update(id, resources);

        Path limit = MEMORY_CGROUPS.resolve(cgroup.substring(1)).resolve("memory.limit_in_bytes");
        assertEquals(Long.toString(64L << 20), Files.readString(limit).strip());
        runtime.delete(id, true);
        assertFalse(Files.exists(limit.getParent()), "cgroup " + limit.getParent() + " is removed on delete");
    }

    @Test
    void passesTheRuntimesMessageOnFailedUpdates() throws Exception {
        String id = create(List.of("sleep", "30"), null);
        runtime.start(id);
        LinuxResources resources = new LinuxResources();
        resources.memory = new LinuxResources.Memory(1L, null, null, null, null, null);
        GantryException e = assertThrows(GantryException.class, () -> runtime.update(id, resources));
        assertTrue(e.getMessage().startsWith("runtime runc cannot update container " + id + ": "), e.getMessage());
    }

    @Test
    void refusesToSignalAStoppedContainer() throws Exception {
        String id = create(List.of("true"), null);
        runtime.start(id);
        Await.until(id + " has stopped", () -> runtime.state(id).status().equals("stopped"));
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> runtime.kill(id, 9, false));
        assertTrue(e.getMessage().contains("container not running"), e.getMessage());
    }
}
