package io.gantry.cgroup.hugetlb.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fake /sys/kernel/mm/hugepages with one folder per page size. */
final class HostPagesFixture {
    private HostPagesFixture() {
    }

    static Path of(Path root, String... folders) {
        try {
            for (String folder : folders) {
                Files.createDirectories(root.resolve(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }
}
