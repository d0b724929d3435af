package io.gantry.core.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A memory controller that validates like the real one and reports configurable figures. */
public final class FakeMemoryController implements CgroupController {
    public static final long MINIMUM = 6L * 1024 * 1024;

    public final Map<String, Long> figures = new ConcurrentHashMap<>(Map.of("usage", 1234L, "oom_kill", 0L));
    public final List<Resources> updates = new CopyOnWriteArrayList<>();
    public final List<String> statsPaths = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void contribute(Resources resources, LinuxResources out) {
        Long limit = resources.memoryBytes();
        if (limit == null) {
            return;
        }
        if (limit < MINIMUM) {
            throw new InvalidArgumentException("invalid memory limit " + limit + ": minimum memory limit is 6MB");
        }
        out.memory = new LinuxResources.Memory(limit, null, null, null, null, null);
    }

    @Override
    public Map<String, Long> stats(CgroupLayout layout, String cgroupsPath) {
        statsPaths.add(cgroupsPath);
        return Map.copyOf(figures);
    }

    @Override
    public void update(Resources resources, CgroupLayout layout, String cgroupsPath) {
        updates.add(resources);
    }
}
