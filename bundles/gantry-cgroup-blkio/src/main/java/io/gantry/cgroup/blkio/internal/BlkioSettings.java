package io.gantry.cgroup.blkio.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.api.container.WeightDevice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's block IO settings, checked and with each device path resolved to its number. A weight of 0 means
 * "not set", as in the Docker API; a device weight or rate of 0 lifts that device's setting.
 */
record BlkioSettings(Long weight, Map<DeviceNumber, Long> weightDevices,
        Map<Throttle, Map<DeviceNumber, Long>> throttles) {
    static final long MIN_WEIGHT = 10;
    static final long MAX_WEIGHT = 1000;
    private static final String WEIGHT_RANGE = "Range of blkio weight is from 10 to 1000";
    private static final String WEIGHT_DEVICE_FLAG = "BlkioWeightDevice (--blkio-weight-device)";

    static BlkioSettings of(Resources resources, DeviceResolver devices) {
        Long weight = resources.blkioWeight();
        if (weight != null && weight != 0 && (weight < MIN_WEIGHT || weight > MAX_WEIGHT)) {
            throw new InvalidArgumentException("invalid blkio weight " + weight + ": " + WEIGHT_RANGE);
        }
        Map<DeviceNumber, Long> weightDevices = new LinkedHashMap<>();
        List<WeightDevice> weights = resources.blkioWeightDevices() == null ? List.of()
                : resources.blkioWeightDevices();
        for (WeightDevice device : weights) {
            if (device.weight() != 0 && (device.weight() < MIN_WEIGHT || device.weight() > MAX_WEIGHT)) {
                throw new InvalidArgumentException("invalid weight " + device.weight() + " for device "
                        + device.path() + " in " + WEIGHT_DEVICE_FLAG + ": " + WEIGHT_RANGE);
            }
            weightDevices.put(devices.resolve(device.path(), WEIGHT_DEVICE_FLAG), device.weight());
        }
        Map<Throttle, Map<DeviceNumber, Long>> throttles = new EnumMap<>(Throttle.class);
        for (Throttle throttle : Throttle.values()) {
            Map<DeviceNumber, Long> rates = new LinkedHashMap<>();
            for (ThrottleDevice device : throttle.of(resources)) {
                if (device.rate() < 0) {
                    throw new InvalidArgumentException("invalid rate " + device.rate() + " for device "
                            + device.path() + " in " + throttle.flag + ": must be 0 or more");
                }
                rates.put(devices.resolve(device.path(), throttle.flag), device.rate());
            }
            if (!rates.isEmpty()) {
                throttles.put(throttle, rates);
            }
        }
        return new BlkioSettings(weight == null || weight == 0 ? null : weight, weightDevices, throttles);
    }

    boolean isEmpty() {
        return weight == null && weightDevices.isEmpty() && throttles.isEmpty();
    }

    /** linux.resources.blockIO, as the OCI runtime spec shapes it. */
    Map<String, Object> toOci() {
        Map<String, Object> blockIO = new LinkedHashMap<>();
        if (weight != null) {
            blockIO.put("weight", weight);
        }
        if (!weightDevices.isEmpty()) {
            blockIO.put("weightDevice", entries(weightDevices, "weight"));
        }
        throttles.forEach((throttle, rates) -> blockIO.put(throttle.ociKey, entries(rates, "rate")));
        return blockIO;
    }

    private static List<Map<String, Object>> entries(Map<DeviceNumber, Long> values, String valueKey) {
        List<Map<String, Object>> entries = new ArrayList<>();
        values.forEach((device, value) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("major", device.major());
            entry.put("minor", device.minor());
            entry.put(valueKey, value);
            entries.add(entry);
        });
        return entries;
    }
}
