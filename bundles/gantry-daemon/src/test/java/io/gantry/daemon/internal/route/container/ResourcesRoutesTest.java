package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.api.container.WeightDevice;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every resource field of API 1.41 on create, in inspect and on update. */
class ResourcesRoutesTest extends ApiTestBase {
    private static final String ALL = "{\"Image\":\"busybox\",\"HostConfig\":{\"Memory\":67108864,"
            + "\"MemorySwap\":134217728,\"MemoryReservation\":33554432,\"KernelMemory\":50331648,"
            + "\"MemorySwappiness\":10,\"OomKillDisable\":true,\"CpuShares\":512,\"CpuQuota\":50000,"
            + "\"CpuPeriod\":100000,\"CpuRealtimeRuntime\":950,\"CpuRealtimePeriod\":1000,\"CpusetCpus\":\"0\","
            + "\"CpusetMems\":\"0\",\"PidsLimit\":42,\"BlkioWeight\":300,"
            + "\"BlkioWeightDevice\":[{\"Path\":\"/dev/sda\",\"Weight\":200}],"
            + "\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/sda\",\"Rate\":1048576}],"
            + "\"BlkioDeviceWriteBps\":[{\"Path\":\"/dev/sda\",\"Rate\":2097152}],"
            + "\"BlkioDeviceReadIOps\":[{\"Path\":\"/dev/sda\",\"Rate\":100}],"
            + "\"BlkioDeviceWriteIOps\":[{\"Path\":\"/dev/sda\",\"Rate\":200}],"
            + "\"DeviceCgroupRules\":[\"c 1:3 rwm\"],\"OomScoreAdj\":500,\"CgroupParent\":\"/batch\","
            + "\"CgroupnsMode\":\"host\"}}";

    @Test
    void createReadsEveryResourceField() throws Exception {
        String r = call("POST", "/containers/create", ALL);
        assertEquals(201, status(r), r);
        ContainerConfig config = containers.created.get(0);
        Resources expected = Resources.builder().memoryBytes(67108864L).memorySwapBytes(134217728L)
                .memoryReservationBytes(33554432L).kernelMemoryBytes(50331648L).memorySwappiness(10L)
                .oomKillDisable(true).cpuShares(512L).cpuQuota(50000L).cpuPeriod(100000L).cpuRealtimeRuntime(950L)
                .cpuRealtimePeriod(1000L).cpusetCpus("0").cpusetMems("0").pidsLimit(42L).blkioWeight(300L)
                .blkioWeightDevices(List.of(new WeightDevice("/dev/sda", 200)))
                .deviceReadBps(List.of(new ThrottleDevice("/dev/sda", 1048576)))
                .deviceWriteBps(List.of(new ThrottleDevice("/dev/sda", 2097152)))
                .deviceReadIops(List.of(new ThrottleDevice("/dev/sda", 100)))
                .deviceWriteIops(List.of(new ThrottleDevice("/dev/sda", 200)))
                .deviceCgroupRules(List.of("c 1:3 rwm")).build();
        assertEquals(expected, config.resources());
        assertEquals(500, config.oomScoreAdj());
        assertEquals("/batch", config.cgroupParent());
        assertEquals(NamespaceMode.HOST, config.cgroupnsMode());
    }

    @Test
    void dockersZeroValuesSetNothing() throws Exception {
        String r = call("POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{\"Memory\":0,"
                + "\"MemorySwappiness\":-1,\"OomKillDisable\":false,\"CpusetCpus\":\"\",\"BlkioWeight\":0,"
                + "\"BlkioWeightDevice\":[],\"BlkioDeviceReadBps\":null,\"DeviceCgroupRules\":null,"
                + "\"CgroupParent\":\"\",\"CgroupnsMode\":\"\"}}");
        assertEquals(201, status(r), r);
        assertEquals(Resources.NONE, containers.created.get(0).resources());
        assertNull(containers.created.get(0).cgroupParent());
        assertEquals(NamespaceMode.PRIVATE, containers.created.get(0).cgroupnsMode());
    }

    @Test
    void swappinessZeroIsAValue() throws Exception {
        call("POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{\"MemorySwappiness\":0}}");
        assertEquals(0L, containers.created.get(0).resources().memorySwappiness());
    }

    @Test
    void inspectShowsThemAndItsHostConfigCreatesTheSameContainer() throws Exception {
        call("POST", "/containers/create?name=first", ALL);
        JsonNode inspect = body(call("GET", "/containers/first/json", null));
        JsonNode host = inspect.get("HostConfig");
        assertEquals(33554432, host.get("MemoryReservation").asLong());
        assertEquals(10, host.get("MemorySwappiness").asLong());
        assertTrue(host.get("OomKillDisable").asBoolean());
        assertEquals("0", host.get("CpusetCpus").asText());
        assertEquals(950, host.get("CpuRealtimeRuntime").asLong());
        assertEquals(300, host.get("BlkioWeight").asLong());
        assertEquals("[{\"Path\":\"/dev/sda\",\"Weight\":200}]", host.get("BlkioWeightDevice").toString());
        assertEquals("[{\"Path\":\"/dev/sda\",\"Rate\":200}]", host.get("BlkioDeviceWriteIOps").toString());
        assertEquals("[\"c 1:3 rwm\"]", host.get("DeviceCgroupRules").toString());
        assertEquals(500, host.get("OomScoreAdj").asInt());
        assertEquals("/batch", host.get("CgroupParent").asText());
        assertEquals("host", host.get("CgroupnsMode").asText());
        ObjectNode again = ((ObjectNode) inspect.get("Config").deepCopy()).set("HostConfig", host);
        String r = call("POST", "/containers/create?name=second", again.toString());
        assertEquals(201, status(r), r);
        assertEquals(containers.created.get(0).resources(), containers.created.get(1).resources());
        assertEquals(containers.created.get(0).oomScoreAdj(), containers.created.get(1).oomScoreAdj());
    }

    @Test
    void aPlainContainerShowsDockersDefaults() throws Exception {
        call("POST", "/containers/create?name=plain", "{\"Image\":\"busybox\"}");
        JsonNode host = body(call("GET", "/containers/plain/json", null)).get("HostConfig");
        assertEquals(0, host.get("MemoryReservation").asLong());
        assertTrue(host.get("MemorySwappiness").isNull() && host.get("PidsLimit").isNull());
        assertTrue(host.get("BlkioDeviceReadBps").isNull() && host.get("DeviceCgroupRules").isNull());
        assertEquals("[]", host.get("BlkioWeightDevice").toString());
        assertEquals("", host.get("CpusetMems").asText());
        assertEquals("", host.get("CgroupParent").asText());
        assertEquals(0, host.get("OomScoreAdj").asInt());
        assertEquals("private", host.get("CgroupnsMode").asText());
    }

    @Test
    void updatePassesEveryUpdatableField() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        String r = call("POST", "/containers/web/update", "{\"Memory\":67108864,\"MemorySwap\":134217728,"
                + "\"MemoryReservation\":1048576,\"KernelMemory\":0,\"CpusetCpus\":\"0\",\"CpusetMems\":\"0\","
                + "\"CpuRealtimeRuntime\":10,\"CpuRealtimePeriod\":1000,\"BlkioWeight\":500,"
                + "\"BlkioWeightDevice\":null,\"RestartPolicy\":{\"Name\":\"\"}}");
        assertEquals(200, status(r), r);
        assertEquals("[]", body(r).get("Warnings").toString());
        Resources expected = Resources.builder().memoryBytes(67108864L).memorySwapBytes(134217728L)
                .memoryReservationBytes(1048576L).cpusetCpus("0").cpusetMems("0").cpuRealtimeRuntime(10L)
                .cpuRealtimePeriod(1000L).blkioWeight(500L).build();
        assertEquals(List.of(expected), containers.updates);
    }

    @Test
    void updateRefusesWhatOnlyCreateSets() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        assertEquals("OomKillDisable cannot be changed on a live container: create a new container instead",
                refused(400, "POST", "/containers/web/update", "{\"OomKillDisable\":true}"));
        assertEquals("MemorySwappiness, BlkioDeviceReadBps cannot be changed on a live container: create a new"
                + " container instead", refused(400, "POST", "/containers/web/update", "{\"MemorySwappiness\":5,"
                + "\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/sda\",\"Rate\":1}]}"));
        assertTrue(containers.updates.isEmpty());
    }

    @Test
    void wrongTypesAreRefusedByName() throws Exception {
        assertEquals("field HostConfig.CpusetCpus: expected a string, got a number", refused(400, "POST", "/containers/create",
                "{\"Image\":\"busybox\",\"HostConfig\":{\"CpusetCpus\":0}}"));
        assertEquals("field BlkioDeviceReadBps[0].Rate: expected an integer, got \"1mb\"", refused(400, "POST",
                "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{\"BlkioDeviceReadBps\":"
                        + "[{\"Path\":\"/dev/sda\",\"Rate\":\"1mb\"}]}}"));
        assertEquals("field BlkioWeightDevice[0].Path: a device path is required", refused(400, "POST",
                "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{\"BlkioWeightDevice\":"
                        + "[{\"Weight\":10}]}}"));
        assertTrue(refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":"
                + "{\"OomScoreAdj\":\"high\"}}").startsWith("field HostConfig.OomScoreAdj: expected an integer"));
        assertTrue(containers.created.isEmpty());
    }
}
