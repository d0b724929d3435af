package io.gantry.cgroup.blkio.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** A loop block device over a 4 MiB temporary file, made with losetup; closing detaches it and deletes the file. */
final class LoopDevice implements AutoCloseable {
    private static final long SIZE = 4 * 1024 * 1024;
    private final Path image;
    private final String path;

    private LoopDevice(Path image, String path) {
        this.image = image;
        this.path = path;
    }

    /** Skips the calling test unless losetup can attach a device (root with loop support). */
    static LoopDevice attach() throws IOException {
        Path image = Files.createTempFile("gantry-blkio-", ".img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(SIZE);
        }
        String device = run("losetup", "--find", "--show", image.toString());
        if (device.isEmpty()) {
            Files.delete(image);
        }
        assumeTrue(!device.isEmpty(), "needs losetup and a free loop device");
        return new LoopDevice(image, device);
    }

    String path() {
        return path;
    }

    /** major:minor from sysfs, independent of the stat(2) path under test. */
    DeviceNumber sysfsNumber() throws IOException {
        String[] number = Files.readString(Path.of("/sys/class/block", Path.of(path).getFileName().toString(), "dev"))
                .trim().split(":");
        return new DeviceNumber(Long.parseLong(number[0]), Long.parseLong(number[1]));
    }

    @Override
    public void close() throws IOException {
        run("losetup", "--detach", path);
        Files.deleteIfExists(image);
    }

    /** The command's output, or "" if it failed. */
    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? output : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + String.join(" ", command), e);
        }
    }
}
