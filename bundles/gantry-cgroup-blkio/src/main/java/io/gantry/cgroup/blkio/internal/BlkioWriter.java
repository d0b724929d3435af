package io.gantry.cgroup.blkio.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes block IO settings into a live cgroup, one device a write as the kernel takes them. Weights go to the
 * IO scheduler's file: blkio.weight / io.weight, or BFQ's blkio.bfq.weight / io.bfq.weight where only that exists.
 */
final class BlkioWriter {
    private static final String V1_WEIGHT = "blkio.weight";
    private static final String V1_BFQ_WEIGHT = "blkio.bfq.weight";
    private static final String V1_WEIGHT_DEVICE = "blkio.weight_device";
    private static final String V2_WEIGHT = "io.weight";
    private static final String V2_BFQ_WEIGHT = "io.bfq.weight";
    private static final String V2_MAX = "io.max";

    private BlkioWriter() {
    }

    static void writeV1(Path dir, BlkioSettings settings) {
        Path weightFile = settings.weight() == null ? null
                : existing(dir, "the blkio weight", V1_WEIGHT, V1_BFQ_WEIGHT);
        Path deviceWeightFile = settings.weightDevices().isEmpty() ? null
                : existing(dir, "blkio device weights", V1_WEIGHT_DEVICE, V1_BFQ_WEIGHT);
        settings.throttles().keySet().forEach(throttle -> existing(dir, throttle.flag, throttle.v1File));
        if (weightFile != null) {
            CgroupFiles.write(weightFile, Long.toString(settings.weight()));
        }
        settings.weightDevices().forEach((device, weight) ->
                CgroupFiles.write(deviceWeightFile, device + " " + weight));
        settings.throttles().forEach((throttle, rates) -> rates.forEach((device, rate) ->
                CgroupFiles.write(dir.resolve(throttle.v1File), device + " " + rate)));
    }

    static void writeV2(Path dir, BlkioSettings settings) {
        Path weightFile = settings.weight() == null && settings.weightDevices().isEmpty() ? null
                : existing(dir, "the io weight", V2_BFQ_WEIGHT, V2_WEIGHT);
        Path ioMax = settings.throttles().isEmpty() ? null : existing(dir, "io limits", V2_MAX);
        if (weightFile != null) {
            boolean bfq = weightFile.getFileName().toString().equals(V2_BFQ_WEIGHT);
            if (settings.weight() != null) {
                CgroupFiles.write(weightFile, "default " + (bfq ? settings.weight() : ioWeightOf(settings.weight())));
            }
            settings.weightDevices().forEach((device, weight) -> CgroupFiles.write(weightFile, device + " "
                    + (weight == 0 ? "default" : Long.toString(bfq ? weight : ioWeightOf(weight)))));
        }
        limitsByDevice(settings).forEach((device, limits) -> CgroupFiles.write(ioMax, device + " " + limits));
    }

    /** cgroup v2 io.weight (1..10000) for a blkio weight (10..1000), with runc's formula. */
    static long ioWeightOf(long blkioWeight) {
        return 1 + (blkioWeight - BlkioSettings.MIN_WEIGHT) * 9999 / (BlkioSettings.MAX_WEIGHT
                - BlkioSettings.MIN_WEIGHT);
    }

    /** io.max takes all of a device's limits on one line: "8:0 rbps=1048576 wiops=max"; a rate of 0 is "max". */
    private static Map<DeviceNumber, String> limitsByDevice(BlkioSettings settings) {
        Map<DeviceNumber, StringJoiner> lines = new LinkedHashMap<>();
        settings.throttles().forEach((throttle, rates) -> rates.forEach((device, rate) ->
                lines.computeIfAbsent(device, d -> new StringJoiner(" "))
                        .add(throttle.ioMaxKey + "=" + (rate == 0 ? "max" : Long.toString(rate)))));
        Map<DeviceNumber, String> limits = new LinkedHashMap<>();
        lines.forEach((device, line) -> limits.put(device, line.toString()));
        return limits;
    }

    /** The first of {@code names} that {@code dir} has. */
    private static Path existing(Path dir, String what, String... names) {
        for (String name : names) {
            if (Files.exists(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        throw new FailedPreconditionException("cannot set " + what + " in " + dir + ": the kernel offers no "
                + String.join(" or ", names) + " there (is the container running, and does its IO scheduler"
                + " support this?)");
    }
}
