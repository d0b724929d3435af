package io.gantry.core.internal;

import io.gantry.api.storage.StorageDriver;
import io.gantry.testkit.BusyboxRootfs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The fake storage, with a real busybox root file system in each container's rootfs folder. */
final class BusyboxStorage implements StorageDriver {
    private static final BusyboxRootfs BUSYBOX = BusyboxRootfs.fromHost();
    private final FakeStorage plain;

    BusyboxStorage(Path root) {
        this.plain = new FakeStorage("overlay", root);
    }

    @Override
    public String name() {
        return plain.name();
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public boolean hasLayer(String layerId) {
        return plain.hasLayer(layerId);
    }

    @Override
    public void applyLayer(String layerId, String parentLayerId, InputStream tar) {
        plain.applyLayer(layerId, parentLayerId, tar);
    }

    @Override
    public void removeLayer(String layerId) {
        plain.removeLayer(layerId);
    }

    @Override
    public Set<String> layers() {
        return plain.layers();
    }

    @Override
    public Path mount(String containerId, List<String> layerIds) {
        Path rootfs = plain.mount(containerId, layerIds);
        if (!Files.exists(rootfs.resolve("bin/busybox"))) {
            BUSYBOX.writeTo(rootfs);
        }
        return rootfs;
    }

    @Override
    public void unmount(String containerId) {
        plain.unmount(containerId);
    }

    @Override
    public void remove(String containerId) {
        plain.remove(containerId);
    }

    @Override
    public Set<String> containers() {
        return plain.containers();
    }
}
