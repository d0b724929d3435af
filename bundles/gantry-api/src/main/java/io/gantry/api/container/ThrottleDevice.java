package io.gantry.api.container;

/** A block device's IO limit, in bytes or operations per second, as {@code --device-read-bps /dev/sda:1mb}. */
public record ThrottleDevice(String path, long rate) {
}
