package io.gantry.storage.vfs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.config.EngineRoots;
import io.gantry.api.storage.StorageDriver;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.testkit.ConfigAnnotations;
import io.gantry.testkit.LayerTar;
import io.gantry.testkit.conformance.StorageDriverConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conformance suite on the real syscalls (as root), plus what is particular to copies. */
class VfsStorageDriverTest extends StorageDriverConformanceTest {

    @Override
    protected StorageDriver createDriver(Path dataRoot) {
        return new VfsStorageDriver(new LibcSyscalls(), config(dataRoot));
    }

    @Test
    void isNamedVfs() {
        assertEquals("vfs", driver.name());
    }

    @Test
    void keepsEachLayerAsAFullCopyUnderTraversableDirectories() throws IOException {
        applyBase();
        driver.applyLayer(CHILD, BASE, new LayerTar().whiteout("etc", "group").stream());

        Path storage = dataRoot.resolve("storage/vfs");
        Path childFiles = storage.resolve("layers").resolve(CHILD.replace(':', '-')).resolve("fs");
        assertTrue(Files.isRegularFile(childFiles.resolve("bin/busybox")));
        assertTrue(Files.notExists(childFiles.resolve("etc/group")));
        assertTrue(Files.exists(storage.resolve("layers").resolve(BASE.replace(':', '-')).resolve("fs/etc/group")));
        for (Path dir : List.of(storage, storage.resolve("layers"))) {
            assertEquals(0711, mode(dir), dir.toString());
        }
    }

    @Test
    void rootfsIsAPlainDirectoryUnderTheContainer() {
        applyBase();
        Path rootfs = driver.mount("web", List.of(BASE));
        assertEquals(dataRoot.resolve("storage/vfs/containers/web/rootfs"), rootfs);
        assertTrue(Files.isDirectory(rootfs.resolve("tmp")));
    }

    static EngineRoots config(Path dataRoot) {
        return ConfigAnnotations.of(EngineRoots.class,
                Map.of("data_root", dataRoot.toString(), "run_root", dataRoot.resolve("run").toString()));
    }
}
