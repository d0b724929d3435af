package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import java.util.List;

/** The resource fields of inspect's HostConfig, with dockerd's defaults (0, "", false, null) for unset ones. */
final class ResourcesJson {
    private final ObjectMapper json;

    ResourcesJson(ObjectMapper json) {
        this.json = json;
    }

    void put(ContainerConfig cfg, ObjectNode h) {
        Resources r = cfg.resources();
        h.put("Memory", zero(r.memoryBytes())).put("MemorySwap", zero(r.memorySwapBytes()))
                .put("MemoryReservation", zero(r.memoryReservationBytes()))
                .put("KernelMemory", zero(r.kernelMemoryBytes()))
                .put("OomKillDisable", Boolean.TRUE.equals(r.oomKillDisable()))
                .put("NanoCpus", zero(r.nanoCpus())).put("CpuShares", zero(r.cpuShares()))
                .put("CpuQuota", zero(r.cpuQuota())).put("CpuPeriod", zero(r.cpuPeriod()))
                .put("CpuRealtimeRuntime", zero(r.cpuRealtimeRuntime()))
                .put("CpuRealtimePeriod", zero(r.cpuRealtimePeriod()))
                .put("CpusetCpus", empty(r.cpusetCpus())).put("CpusetMems", empty(r.cpusetMems()))
                .put("BlkioWeight", zero(r.blkioWeight()))
                .put("OomScoreAdj", cfg.oomScoreAdj() == null ? 0 : cfg.oomScoreAdj())
                .put("CgroupParent", empty(cfg.cgroupParent()))
                .put("CgroupnsMode", cfg.cgroupnsMode().toString());
        h.set("MemorySwappiness", json.valueToTree(r.memorySwappiness()));
        h.set("PidsLimit", json.valueToTree(r.pidsLimit()));
        ArrayNode weights = h.putArray("BlkioWeightDevice");
        if (r.blkioWeightDevices() != null) {
            r.blkioWeightDevices().forEach(d -> weights.addObject().put("Path", d.path()).put("Weight", d.weight()));
        }
        h.set("BlkioDeviceReadBps", throttles(r.deviceReadBps()));
        h.set("BlkioDeviceWriteBps", throttles(r.deviceWriteBps()));
        h.set("BlkioDeviceReadIOps", throttles(r.deviceReadIops()));
        h.set("BlkioDeviceWriteIOps", throttles(r.deviceWriteIops()));
        h.set("DeviceCgroupRules", r.deviceCgroupRules() == null ? json.nullNode()
                : json.valueToTree(r.deviceCgroupRules()));
    }

    private com.fasterxml.jackson.databind.JsonNode throttles(List<ThrottleDevice> devices) {
        if (devices == null) {
            return json.nullNode();
        }
        ArrayNode list = json.createArrayNode();
        devices.forEach(d -> list.addObject().put("Path", d.path()).put("Rate", d.rate()));
        return list;
    }

    private static long zero(Long value) {
        return value == null ? 0 : value;
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
