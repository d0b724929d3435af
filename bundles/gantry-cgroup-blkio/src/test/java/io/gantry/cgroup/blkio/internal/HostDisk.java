package io.gantry.cgroup.blkio.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A real block device of this host, by its /dev path and the number /sys/block gives it. */
record HostDisk(String path, DeviceNumber number) {
    private static final Path SYS_BLOCK = Path.of("/sys/block");

    /** The first device of /sys/block that has a /dev node; skips the calling test if there is none. */
    static HostDisk require() {
        Optional<HostDisk> disk = find();
        assumeTrue(disk.isPresent(), "needs a block device in /sys/block with a /dev node");
        return disk.get();
    }

    private static Optional<HostDisk> find() {
        List<Path> devices;
        try (Stream<Path> entries = Files.list(SYS_BLOCK)) {
            devices = entries.sorted().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path device : devices) {
            Path node = Path.of("/dev").resolve(device.getFileName().toString());
            try {
                String[] number = Files.readString(device.resolve("dev")).trim().split(":");
                if (Files.exists(node)) {
                    return Optional.of(new HostDisk(node.toString(),
                            new DeviceNumber(Long.parseLong(number[0]), Long.parseLong(number[1]))));
                }
            } catch (IOException | RuntimeException e) {
                // not a usable device
            }
        }
        return Optional.empty();
    }
}
