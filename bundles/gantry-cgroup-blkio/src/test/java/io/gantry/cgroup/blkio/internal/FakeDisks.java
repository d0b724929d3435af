package io.gantry.cgroup.blkio.internal;

import io.gantry.api.InvalidArgumentException;
import java.util.Map;

/** A resolver that knows /dev/sda (8:0) and /dev/sdb (8:16) only. */
final class FakeDisks implements DeviceResolver {
    static final DeviceNumber SDA = new DeviceNumber(8, 0);
    static final DeviceNumber SDB = new DeviceNumber(8, 16);
    private static final Map<String, DeviceNumber> DISKS = Map.of("/dev/sda", SDA, "/dev/sdb", SDB);

    @Override
    public DeviceNumber resolve(String path, String flag) {
        DeviceNumber number = DISKS.get(path);
        if (number == null) {
            throw new InvalidArgumentException("invalid device path " + path + " for " + flag + ": no such file");
        }
        return number;
    }
}
