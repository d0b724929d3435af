package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.RestartPolicy;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fields the engine cannot apply yet are a 400 naming them, never ignored; their defaults pass. */
class UnsupportedFieldsTest extends ApiTestBase {
    private static final Map<String, String> REFUSED_HOST_CONFIG = Map.ofEntries(
            Map.entry("\"CpuCount\":2", "HostConfig.CpuCount (--cpu-count) is not supported yet: got 2"),
            Map.entry("\"KernelMemoryTCP\":1024", "HostConfig.KernelMemoryTCP (--kernel-memory-tcp) is not supported"),
            Map.entry("\"DeviceRequests\":[{\"Count\":-1}]", "HostConfig.DeviceRequests (--gpus) is not supported"),
            Map.entry("\"Cgroup\":\"container:x\"", "HostConfig.Cgroup (--cgroup) is not supported yet"),
            Map.entry("\"VolumesFrom\":[\"other\"]", "HostConfig.VolumesFrom (--volumes-from) is not supported yet"),
            Map.entry("\"Isolation\":\"hyperv\"", "HostConfig.Isolation (--isolation) is not supported yet"),
            Map.entry("\"UsernsMode\":\"private\"", "HostConfig.UsernsMode (--userns) is not supported yet"),
            Map.entry("\"CgroupnsMode\":\"container:x\"", "invalid cgroup namespace mode: container:x"),
            Map.entry("\"StorageOpt\":{\"size\":\"1G\"}", "HostConfig.StorageOpt (--storage-opt) is not supported yet"),
            Map.entry("\"LogConfig\":{\"Type\":\"syslog\"}", "logger: no log driver named 'syslog' is registered"),
            Map.entry("\"SecurityOpt\":[\"apparmor=docker-default\"]",
                    "security option apparmor=docker-default is not supported yet"),
            Map.entry("\"SecurityOpt\":[\"seccomp={\\\"defaultAction\\\":\\\"SCMP_ACT_ERRNO\\\",\\\"syscalls\\\":[]}\"]",
                    "security option seccomp={\"defaultAction\":\"SCMP_ACT_ERRNO\",\"syscalls\":[]} is not supported yet"),
            Map.entry("\"SecurityOpt\":[\"no-new-privileges=maybe\"]",
                    "invalid security option no-new-privileges=maybe: no-new-privileges takes true or false"),
            Map.entry("\"ShmSize\":-1", "invalid ShmSize -1: it cannot be negative"),
            Map.entry("\"Ulimits\":[{\"Soft\":1}]", "invalid HostConfig.Ulimits: each ulimit has a Name"),
            Map.entry("\"Devices\":[{\"PathOnHost\":\"/dev/fuse\",\"CgroupPermissions\":\"rwx\"}]",
                    "invalid device permissions 'rwx' for /dev/fuse: a combination of r, w and m"));

    @Test
    void everyUnsupportedHostConfigValueIsRefusedByName() throws Exception {
        for (Map.Entry<String, String> refused : REFUSED_HOST_CONFIG.entrySet()) {
            String message = refused(400, "POST", "/containers/create",
                    "{\"Image\":\"busybox\",\"HostConfig\":{" + refused.getKey() + "}}");
            assertTrue(message.startsWith(refused.getValue()), refused.getKey() + " -> " + message);
        }
        assertTrue(containers.created.isEmpty(), "nothing was created");
    }

    @Test
    void unsupportedConfigAndEndpointValuesAreRefusedByName() throws Exception {
        assertEquals("NetworkingConfig.EndpointsConfig.DriverOpts (--network driver options) is not supported yet: got"
                + " {\"mtu\":\"1400\"}", refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\","
                + "\"NetworkingConfig\":{\"EndpointsConfig\":{\"n\":{\"DriverOpts\":{\"mtu\":\"1400\"}}}}}"));
        assertEquals("NetworkingConfig.EndpointsConfig.LinkLocalIPs (--link-local-ip) is not supported yet: got"
                + " [\"169.254.8.8\"]", refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\","
                + "\"NetworkingConfig\":{\"EndpointsConfig\":{\"n\":{\"IPAMConfig\":{\"LinkLocalIPs\":"
                + "[\"169.254.8.8\"]}}}}}"));
        assertEquals("conflicting options: NetworkDisabled and network mode host", refused(400, "POST",
                "/containers/create", "{\"Image\":\"busybox\",\"NetworkDisabled\":true,\"HostConfig\":{"
                        + "\"NetworkMode\":\"host\"}}"));
        assertTrue(containers.created.isEmpty());
    }

    @Test
    void defaultsAndProfilesTheEngineDoesNotApplyAnywayAreAccepted() throws Exception {
        String r = call("POST", "/containers/create", "{\"Image\":\"busybox\",\"NetworkDisabled\":true,"
                + "\"Healthcheck\":{\"Test\":[\"NONE\"]},\"HostConfig\":{\"SecurityOpt\":[\"seccomp=unconfined\","
                + "\"apparmor:unconfined\",\"label=disable\",\"label:disable\",\"no-new-privileges:true\","
                + "\"no-new-privileges=false\"],\"Isolation\":\"default\",\"UsernsMode\":\"host\",\"VolumeDriver\":"
                + "\"local\",\"LogConfig\":{\"Type\":\"json-file\",\"Config\":{}},\"MemorySwappiness\":-1,"
                + "\"CgroupnsMode\":\"private\",\"OomKillDisable\":false,\"BlkioWeightDevice\":[]}}");
        assertEquals(201, status(r), r);
        assertEquals("none", containers.created.get(0).networkMode());
        assertTrue(!containers.created.get(0).security().noNewPrivileges(), "the last no-new-privileges wins");
    }

    @Test
    void updateRefusesWhatItCannotApply() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        assertEquals("CpuPercent (--cpu-percent) is not supported yet: got 10",
                refused(400, "POST", "/containers/web/update", "{\"CpuPercent\":10}"));
        assertEquals("invalid restart policy 'sometimes': it must be one of [no, always, unless-stopped, on-failure]",
                refused(400, "POST", "/containers/web/update", "{\"RestartPolicy\":{\"Name\":\"sometimes\"}}"));
        assertEquals("Ulimits (--ulimit) is not supported yet: got [{\"Name\":\"nofile\",\"Soft\":1,\"Hard\":1}]",
                refused(400, "POST", "/containers/web/update", "{\"Ulimits\":[{\"Name\":\"nofile\",\"Soft\":1,\"Hard\":1}]}"));
        assertTrue(containers.updates.isEmpty());
    }

    @Test
    void updateChangesTheRestartPolicyOnlyWhenOneIsNamed() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        call("POST", "/containers/web/update", "{\"Memory\":0,\"RestartPolicy\":{\"Name\":\"\"}}");
        assertTrue(containers.inspect("web").config().restartPolicy().isNo());
        call("POST", "/containers/web/update", "{\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":2}}");
        assertEquals(new RestartPolicy("on-failure", 2), containers.inspect("web").config().restartPolicy());
    }
}
