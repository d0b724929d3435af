package io.gantry.net.cni.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.network.PortBinding;
import io.gantry.testkit.ConfigAnnotations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver over fake plugins: networks from files, the attachment cache, and errors that leave nothing. */
class CniNetworkDriverTest {
    @TempDir
    Path root;
    private Path conf;
    private FakePlugins plugins;
    private CniNetworkDriver driver;
    private final TestNetns namespaces = new TestNetns();

    @BeforeEach
    void driverOverFakePlugins() throws Exception {
        conf = Files.createDirectories(root.resolve("net.d"));
        plugins = new FakePlugins(Files.createDirectories(root.resolve("bin")));
        plugins.succeeding("fake-bridge", 5);
        plugins.succeeding("fake-portmap", 6);
        Files.writeString(conf.resolve("10-blue.conflist"), FakePlugins.conflist("blue", "fake-bridge", "fake-portmap"));
        driver = newDriver();
    }

    @AfterEach
    void deleteNamespaces() throws Exception {
        namespaces.close();
    }

    private CniNetworkDriver newDriver() {
        return new CniNetworkDriver(ConfigAnnotations.of(EngineRoots.class, Map.of("data_root", root.toString())),
                ConfigAnnotations.of(CniConfig.class, Map.of("conf_dir", conf.toString(),
                        "plugin_dirs", plugins.dir().toString(), "plugin_timeout_seconds", 5)));
    }

    private Path cache() {
        return root.resolve("cni/attachments");
    }

    @Test
    void refusalsToCreateOrRemoveNameTheConfFolderAndFile() {
        NetworkInfo blue = driver.networks().get(0);
        assertEquals(1, driver.networks().size());
        assertEquals("blue", blue.name());
        assertEquals("cni", blue.driver());
        assertEquals(conf.resolve("10-blue.conflist").toString(), blue.options().get("conflist"));

        InvalidArgumentException create = assertThrows(InvalidArgumentException.class,
                () -> driver.create(NetworkSpec.named("red")));
        assertTrue(create.getMessage().contains("defined by conflist files in " + conf), create.getMessage());
        ConflictException remove = assertThrows(ConflictException.class,
                () -> driver.remove(blue.id().substring(0, 12)));
        assertTrue(remove.getMessage().contains(conf.resolve("10-blue.conflist").toString()), remove.getMessage());
    }

    @Test
    void attachCachesTheResultForHostsDetachAndANewDriver() throws Exception {
        Path netns = namespaces.create();
        EndpointSpec spec = new EndpointSpec("web", "web-host", List.of("www"), null, List.of(PortBinding.tcp(0, 80)));

        NetworkAttachment attachment = driver.attach("c1", "blue", netns, spec);
        assertEquals("eth0", attachment.interfaceName());
        assertEquals("10.231.0.6", attachment.ipv4Address());
        assertEquals(24, attachment.prefixLength());
        int hostPort = attachment.ports().get(0).hostPort();
        assertTrue(hostPort > 0, attachment.ports().toString());
        assertEquals(hostPort, plugins.input("fake-portmap", "ADD").at("/runtimeConfig/portMappings/0/hostPort").asInt());
        assertEquals(Set.of("c1"), driver.networks().get(0).containers());
        assertEquals(Map.of("web", "10.231.0.6", "web-host", "10.231.0.6", "www", "10.231.0.6"),
                driver.hostsEntries("blue"));
        assertThrows(ConflictException.class, () -> driver.attach("c1", "blue", netns, EndpointSpec.named("web")));
        assertThrows(ConflictException.class, () -> driver.attach("c2", "blue", namespaces.create(),
                new EndpointSpec("b", null, null, null, List.of(PortBinding.tcp(hostPort, 8080)))));

        Files.delete(conf.resolve("10-blue.conflist"));
        assertEquals(List.of(), driver.networks());
        CniNetworkDriver restarted = newDriver();
        assertEquals(Set.of("web", "web-host", "www"), restarted.hostsEntries("blue").keySet());
        restarted.detach("c1", "blue", netns);
        assertThrows(NotFoundException.class, () -> restarted.detach("c1", "blue", netns),
                "the network went with its file and its last container");
        assertEquals(List.of("DEL fake-portmap eth0 c1 " + netns, "DEL fake-bridge eth0 c1 " + netns),
                plugins.calls().subList(2, 4));
        assertEquals("10.231.0.6", plugins.input("fake-bridge", "DEL").at("/prevResult/ips/0/address").asText()
                .split("/")[0]);
        assertEquals(0, Files.list(cache()).count());
    }

    @Test
    void aSecondNetworkGetsTheNextInterfaceName() throws Exception {
        Files.writeString(conf.resolve("20-green.conf"),
                "{\"cniVersion\":\"1.0.0\",\"name\":\"green\",\"type\":\"fake-bridge\"}");
        Path netns = namespaces.create();
        TestNetns.exec(netns, "ip", "link", "add", "eth0", "type", "veth", "peer", "name", "peer0");

        assertEquals("eth1", driver.attach("c1", "green", netns, EndpointSpec.named("a")).interfaceName());
    }

    @Test
    void aFailedAttachLeavesNoRecord() throws Exception {
        plugins.failing("fake-portmap", 7, "cannot map");
        GantryException e = assertThrows(GantryException.class,
                () -> driver.attach("c1", "blue", namespaces.create(), EndpointSpec.named("a")));
        assertTrue(e.getMessage().contains("cannot map"), e.getMessage());
        assertTrue(plugins.calls().contains("DEL fake-bridge eth0 c1 " + plugins.calls().get(0).split(" ")[4]));
        assertTrue(!Files.exists(cache()) || Files.list(cache()).findAny().isEmpty());
        assertEquals(Map.of(), driver.hostsEntries("blue"));
    }

    @Test
    void aSkippedFileIsAClearErrorAtAttach() throws Exception {
        Files.writeString(conf.resolve("30-red.conflist"), FakePlugins.conflist("red", "fake-bridge", "gone"));
        Files.writeString(conf.resolve("40-bad.conflist"), "{nope");
        Path netns = namespaces.create();

        FailedPreconditionException missing = assertThrows(FailedPreconditionException.class,
                () -> driver.attach("c1", "red", netns, EndpointSpec.named("a")));
        assertEquals("CNI network red cannot be used: " + conf.resolve("30-red.conflist") + ": plugin binary gone not"
                + " found in " + plugins.dir(), missing.getMessage());
        FailedPreconditionException bad = assertThrows(FailedPreconditionException.class,
                () -> driver.attach("c1", "40-bad", netns, EndpointSpec.named("a")));
        assertTrue(bad.getMessage().contains("invalid JSON"), bad.getMessage());
        assertEquals(List.of("blue", "red"), driver.networks().stream().map(NetworkInfo::name).toList(),
                "a file with a name is listed, so that asking for it tells what is wrong");
        NetworkInfo red = driver.networks().get(1);
        assertEquals("plugin binary gone not found in " + plugins.dir(), red.options().get("error"));
        assertEquals(conf.resolve("30-red.conflist").toString(), red.options().get("conflist"));
        assertEquals(List.of(), plugins.calls());
    }

    @Test
    void aMacAddressGoesToThePluginWithTheMacCapabilityOrIsRefused() throws Exception {
        EndpointSpec withMac = new EndpointSpec("a", null, null, null, null, List.of(), "02:42:0a:00:00:07");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> driver.attach("c1", "blue",
                namespaces.create(), withMac));
        assertTrue(e.getMessage().startsWith("cannot set MAC address 02:42:0a:00:00:07 on CNI network blue: no plugin"
                + " in ") && e.getMessage().endsWith("declares the mac capability (add the tuning plugin)"),
                e.getMessage());
        assertEquals(List.of(), plugins.calls());
        plugins.succeeding("fake-tuning", 7);
        Files.writeString(conf.resolve("20-green.conflist"), "{\"cniVersion\":\"1.0.0\",\"name\":\"green\","
                + "\"plugins\":[{\"type\":\"fake-bridge\"},{\"type\":\"fake-tuning\",\"capabilities\":{\"mac\":true}}]}");
        driver.attach("c1", "green", namespaces.create(), withMac);
        assertEquals("02:42:0a:00:00:07", plugins.input("fake-tuning", "ADD").at("/runtimeConfig/mac").asText());
        assertTrue(plugins.input("fake-bridge", "ADD").at("/runtimeConfig").isMissingNode(),
                "only the plugin that declares it gets it");
    }

    @Test
    void portsNeedAPluginWithThePortMappingsCapability() throws Exception {
        Files.writeString(conf.resolve("20-green.conf"),
                "{\"cniVersion\":\"1.0.0\",\"name\":\"green\",\"type\":\"fake-bridge\"}");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> driver.attach("c1", "green",
                namespaces.create(), new EndpointSpec("a", null, null, null, List.of(PortBinding.tcp(0, 80)))));
        assertTrue(e.getMessage().contains("portMappings"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> driver.attach("c1", "blue", namespaces.create(),
                new EndpointSpec("a", null, null, null, List.of(new PortBinding("", 80, 80, "sctp")))));
        assertEquals(List.of(), plugins.calls());
    }
}
