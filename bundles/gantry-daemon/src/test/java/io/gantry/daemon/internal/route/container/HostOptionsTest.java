package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.DeviceMapping;
import io.gantry.api.container.DnsSettings;
import io.gantry.api.container.LogConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.SecurityOptions;
import io.gantry.api.container.Ulimit;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security, DNS, hosts, shm, sysctls, ulimits, groups, devices, init, --ip and -P on create, and in inspect. */
class HostOptionsTest extends ApiTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"docker20", "docker28"})
    void theClisOptionsMapOntoTheConfig(String cli) throws Exception {
        String r = call("POST", "/containers/create", CliBodies.of(cli + "-create-options"));
        assertEquals(201, status(r), r);
        ContainerConfig c = containers.created.get(0);
        assertEquals(new SecurityOptions(false, true, List.of(), List.of("ALL"), true), c.security());
        assertEquals(new DnsSettings(List.of("1.1.1.1"), List.of(), List.of()), c.dns());
        assertEquals(List.of("a:1.2.3.4"), c.extraHosts());
        assertEquals(128L * 1024 * 1024, c.shmSizeBytes());
        assertEquals(Map.of("net.ipv4.ip_unprivileged_port_start", "0"), c.sysctls());
        assertEquals(List.of(new Ulimit("nofile", 100, 200)), c.ulimits());
        assertEquals(List.of("123"), c.groupAdd());
        assertEquals(List.of(new DeviceMapping("/dev/fuse", "/dev/fuse", "rwm")), c.devices());
        assertTrue(c.init());
        assertEquals("n1", c.networkMode());
        assertEquals("10.1.1.1", c.ipv4Address());
        assertEquals(List.of(), c.ports());
        assertEquals(List.of("80/tcp"), c.exposedPorts());
        assertTrue(c.publishAllPorts(), "-P is the engine's to apply, over the image's exposed ports too");
        assertEquals(List.of(new Mount(Mount.Type.TMPFS, null, "/t", false), new Mount(Mount.Type.VOLUME, null, "/data",
                false)), c.mounts(), "-v /data arrives in Config.Volumes as an anonymous volume");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker20", "docker28"})
    void theClisDefaultsAskForNothing(String cli) throws Exception {
        String r = call("POST", "/containers/create?name=plain", CliBodies.of(cli + "-create-defaults"));
        assertEquals(201, status(r), r);
        ContainerConfig c = containers.created.get(0);
        assertEquals(ContainerConfig.builder("busybox").name("plain").build(), c);
        String update = call("POST", "/containers/plain/update", CliBodies.of(cli + "-update-memory"));
        assertEquals(200, status(update), update);
        assertEquals(1024L * 1024 * 1024, containers.updates.get(0).memoryBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker20", "docker28"})
    void inspectShowsTheOptionsAndItsConfigCreatesTheSameContainer(String cli) throws Exception {
        call("POST", "/containers/create?name=first", CliBodies.of(cli + "-create-options"));
        attach("first", "n1");
        JsonNode inspect = body(call("GET", "/containers/first/json", null));
        JsonNode host = inspect.get("HostConfig");
        assertEquals("[\"ALL\"]", host.get("CapDrop").toString());
        assertTrue(host.get("CapAdd").isNull());
        assertEquals("[\"no-new-privileges\"]", host.get("SecurityOpt").toString());
        assertTrue(host.get("ReadonlyRootfs").asBoolean() && !host.get("Privileged").asBoolean());
        assertEquals("[\"1.1.1.1\"]", host.get("Dns").toString());
        assertEquals("[]", host.get("DnsSearch").toString());
        assertEquals("[\"a:1.2.3.4\"]", host.get("ExtraHosts").toString());
        assertEquals(134217728, host.get("ShmSize").asLong());
        assertEquals("{\"net.ipv4.ip_unprivileged_port_start\":\"0\"}", host.get("Sysctls").toString());
        assertEquals("[{\"Name\":\"nofile\",\"Hard\":200,\"Soft\":100}]", host.get("Ulimits").toString());
        assertEquals("[\"123\"]", host.get("GroupAdd").toString());
        assertEquals("[{\"PathOnHost\":\"/dev/fuse\",\"PathInContainer\":\"/dev/fuse\",\"CgroupPermissions\":\"rwm\"}]",
                host.get("Devices").toString());
        assertTrue(host.get("Init").asBoolean());
        assertEquals("", host.get("CpusetCpus").asText());
        assertEquals(0, host.get("BlkioWeight").asInt());
        assertEquals("private", host.get("CgroupnsMode").asText());
        assertEquals("{\"80/tcp\":{}}", inspect.get("Config").get("ExposedPorts").toString());
        JsonNode ipam = inspect.get("NetworkSettings").get("Networks").get("n1").get("IPAMConfig");
        assertEquals("{\"IPv4Address\":\"10.1.1.1\"}", ipam.toString());

        ObjectNode again = ((ObjectNode) inspect.get("Config").deepCopy()).set("HostConfig", host);
        again.putObject("NetworkingConfig").putObject("EndpointsConfig").putObject("n1").set("IPAMConfig", ipam);
        String r = call("POST", "/containers/create?name=second", again.toString());
        assertEquals(201, status(r), r);
        assertNull(containers.created.get(0).logConfig(), "the CLI names no log driver: the engine's default");
        assertEquals(new LogConfig("k8s-file", Map.of()), containers.created.get(1).logConfig(),
                "the fake keeps no effective log config, so inspect shows that of containers from before log drivers");
        assertEquals(comparable(containers.created.get(0)), comparable(containers.created.get(1)));
        assertEquals(Set.copyOf(containers.created.get(0).mounts()), Set.copyOf(containers.created.get(1).mounts()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker20", "docker28"})
    void aPlainContainersInspectShowsDockersDefaults(String cli) throws Exception {
        call("POST", "/containers/create?name=plain", CliBodies.of(cli + "-create-defaults"));
        JsonNode host = body(call("GET", "/containers/plain/json", null)).get("HostConfig");
        assertTrue(host.get("CapAdd").isNull() && host.get("SecurityOpt").isNull() && host.get("Ulimits").isNull());
        assertEquals("[]", host.get("Dns").toString());
        assertEquals("[]", host.get("Devices").toString());
        assertEquals(64L * 1024 * 1024, host.get("ShmSize").asLong());
        assertFalse(host.has("Init") || host.has("Sysctls"), host.toString());
        assertFalse(host.get("ReadonlyRootfs").asBoolean());
    }

    private void attach(String name, String network) {
        Container c = containers.inspect(name);
        containers.add(new Container(c.id(), c.name(), c.imageId(), c.config(), c.state(), c.created(),
                null, null, 0, null, false, null, "runc", "vfs", "/r", "/l", 0,
                List.of(new NetworkAttachment(network, "eth0", "10.1.1.1", 24, "10.1.1.254", null, List.of()))));
    }

    /**
     * What inspect cannot carry back: the name, the effective command and runtime, the order of mounts; and the log
     * configs, compared on their own.
     */
    private static ContainerConfig comparable(ContainerConfig c) {
        return c.toBuilder().name(null).hostname(null).cmd(null).entrypoint(null).runtime(null).mounts(null)
                .logConfig(null).build();
    }
}
