package io.gantry.api.container;

/** A block device's relative IO weight, as {@code --blkio-weight-device /dev/sda:200}. */
public record WeightDevice(String path, long weight) {
}
