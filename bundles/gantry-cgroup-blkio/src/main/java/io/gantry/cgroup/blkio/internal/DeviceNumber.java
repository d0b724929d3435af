package io.gantry.cgroup.blkio.internal;

/** A block device's major:minor, as the cgroup files write it ("8:0"). */
record DeviceNumber(long major, long minor) {
    @Override
    public String toString() {
        return major + ":" + minor;
    }
}
