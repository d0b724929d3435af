package io.gantry.cgroup.memory.internal;

import io.gantry.api.cgroup.CgroupFiles;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Whether this host enforces --kernel-memory. cgroup v2 has no such limit, and recent kernels keep v1's
 * memory.kmem.limit_in_bytes but ignore what is written to it, so the answer comes from trying it once on a
 * scratch cgroup under the v1 memory mount, which is removed again.
 */
final class KernelMemorySupport implements BooleanSupplier {
    static final String V1_KERNEL = "memory.kmem.limit_in_bytes";
    private static final long PROBE_LIMIT = 64L * 1024 * 1024;
    private volatile Boolean supported;

    @Override
    public boolean getAsBoolean() {
        Boolean known = supported;
        if (known == null) {
            known = probe(CgroupLayout.detect());
            supported = known;
        }
        return known;
    }

    static boolean probe(CgroupLayout layout) {
        Path mount = layout.version() == CgroupVersion.V1 ? layout.v1Mounts().get(MemoryController.NAME) : null;
        if (mount == null || !Files.exists(mount.resolve(V1_KERNEL))) {
            return false;
        }
        Path scratch = mount.resolve("gantry-kmem-probe-" + UUID.randomUUID());
        try {
            Files.createDirectory(scratch);
            try {
                Files.writeString(scratch.resolve(V1_KERNEL), Long.toString(PROBE_LIMIT));
                return CgroupFiles.readLong(scratch.resolve(V1_KERNEL)).orElse(0L) == PROBE_LIMIT;
            } finally {
                Files.delete(scratch);
            }
        } catch (IOException e) {
            return false;
        }
    }
}
