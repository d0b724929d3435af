package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.api.container.WeightDevice;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource fields of API 1.41, shared by HostConfig (create) and the update body. Docker's zero values (0, "",
 * false, null, []) mean "not set", except MemorySwap -1 (unlimited) and MemorySwappiness, where -1 means unset.
 */
public final class ResourcesBody {
    /** Each {@link Resources} field under its Docker name. */
    public static final Map<String, String> DOCKER_NAMES = dockerNames();

    private ResourcesBody() {
    }

    public static Resources read(JsonNode host) {
        Long swappiness = JsonFields.positiveOrNull(host, "MemorySwappiness");
        if (swappiness == null && host.has("MemorySwappiness") && host.get("MemorySwappiness").isNumber()) {
            swappiness = 0L;
        }
        return Resources.builder().memoryBytes(JsonFields.positiveOrNull(host, "Memory"))
                .memorySwapBytes(JsonFields.positiveOrNull(host, "MemorySwap"))
                .memoryReservationBytes(JsonFields.positiveOrNull(host, "MemoryReservation"))
                .kernelMemoryBytes(JsonFields.positiveOrNull(host, "KernelMemory"))
                .memorySwappiness(swappiness != null && swappiness == -1 ? null : swappiness)
                .oomKillDisable(JsonFields.bool(host, "OomKillDisable") ? Boolean.TRUE : null)
                .nanoCpus(JsonFields.positiveOrNull(host, "NanoCpus"))
                .cpuShares(JsonFields.positiveOrNull(host, "CpuShares"))
                .cpuQuota(JsonFields.positiveOrNull(host, "CpuQuota"))
                .cpuPeriod(JsonFields.positiveOrNull(host, "CpuPeriod"))
                .cpuRealtimeRuntime(JsonFields.positiveOrNull(host, "CpuRealtimeRuntime"))
                .cpuRealtimePeriod(JsonFields.positiveOrNull(host, "CpuRealtimePeriod"))
                .cpusetCpus(CreateBody.emptyToNull(JsonFields.string(host, "CpusetCpus")))
                .cpusetMems(CreateBody.emptyToNull(JsonFields.string(host, "CpusetMems")))
                .pidsLimit(JsonFields.positiveOrNull(host, "PidsLimit"))
                .blkioWeight(JsonFields.positiveOrNull(host, "BlkioWeight"))
                .blkioWeightDevices(devices(host, "BlkioWeightDevice", "Weight",
                        WeightDevice::new))
                .deviceReadBps(devices(host, "BlkioDeviceReadBps", "Rate", ThrottleDevice::new))
                .deviceWriteBps(devices(host, "BlkioDeviceWriteBps", "Rate", ThrottleDevice::new))
                .deviceReadIops(devices(host, "BlkioDeviceReadIOps", "Rate", ThrottleDevice::new))
                .deviceWriteIops(devices(host, "BlkioDeviceWriteIOps", "Rate", ThrottleDevice::new))
                .deviceCgroupRules(emptyToNull(JsonFields.strings(host, "DeviceCgroupRules"))).build();
    }

    /** The Docker name of each set field of {@code resources} that a live update cannot change. */
    public static List<String> notUpdatable(Resources resources) {
        return resources.setFields().stream().filter(f -> !Resources.UPDATABLE.contains(f))
                .map(DOCKER_NAMES::get).toList();
    }

    private interface DeviceOf<T> {
        T of(String path, long value);
    }

    private static <T> List<T> devices(JsonNode host, String field, String valueField, DeviceOf<T> make) {
        JsonNode list = host.get(field);
        if (list == null || list.isNull() || list.isEmpty()) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = field + "[" + i + "]";
            if (!item.isObject()) {
                throw new InvalidArgumentException("field " + where + ": expected an object with Path and "
                        + valueField);
            }
            String path = JsonFields.string(item, "Path");
            if (path == null || path.isEmpty()) {
                throw new InvalidArgumentException("field " + where + ".Path: a device path is required");
            }
            JsonNode value = item.get(valueField);
            if (value != null && !value.isNull() && !(value.isIntegralNumber() && value.canConvertToLong())) {
                throw new InvalidArgumentException("field " + where + "." + valueField + ": expected an integer, got "
                        + value);
            }
            out.add(make.of(path, value == null || value.isNull() ? 0 : value.longValue()));
        }
        return out;
    }

    private static <T> List<T> emptyToNull(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static Map<String, String> dockerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        String[][] pairs = {{"memoryBytes", "Memory"}, {"memorySwapBytes", "MemorySwap"},
            {"memoryReservationBytes", "MemoryReservation"}, {"kernelMemoryBytes", "KernelMemory"},
            {"memorySwappiness", "MemorySwappiness"}, {"oomKillDisable", "OomKillDisable"},
            {"nanoCpus", "NanoCpus"}, {"cpuShares", "CpuShares"}, {"cpuQuota", "CpuQuota"},
            {"cpuPeriod", "CpuPeriod"}, {"cpuRealtimeRuntime", "CpuRealtimeRuntime"},
            {"cpuRealtimePeriod", "CpuRealtimePeriod"}, {"cpusetCpus", "CpusetCpus"}, {"cpusetMems", "CpusetMems"},
            {"pidsLimit", "PidsLimit"}, {"blkioWeight", "BlkioWeight"}, {"blkioWeightDevices", "BlkioWeightDevice"},
            {"deviceReadBps", "BlkioDeviceReadBps"}, {"deviceWriteBps", "BlkioDeviceWriteBps"},
            {"deviceReadIops", "BlkioDeviceReadIOps"}, {"deviceWriteIops", "BlkioDeviceWriteIOps"},
            {"hugepageLimits", "HugepageLimits"}, {"deviceCgroupRules", "DeviceCgroupRules"}};
        for (String[] pair : pairs) {
            names.put(pair[0], pair[1]);
        }
        return Collections.unmodifiableMap(names);
    }
}
