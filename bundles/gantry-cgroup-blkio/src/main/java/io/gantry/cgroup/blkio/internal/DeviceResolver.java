package io.gantry.cgroup.blkio.internal;

/** Finds the block device a path names. */
@FunctionalInterface
interface DeviceResolver {
    /**
     * @param flag the setting the path came from, for the message
     * @throws io.gantry.api.InvalidArgumentException if {@code path} is not a block device
     */
    DeviceNumber resolve(String path, String flag);
}
