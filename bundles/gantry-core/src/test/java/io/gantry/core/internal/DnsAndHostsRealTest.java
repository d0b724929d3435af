package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.DnsSettings;
import io.gantry.ns.mnt.internal.MountConfig;
import io.gantry.ns.mnt.internal.MountNamespaceProvider;
import io.gantry.ns.net.internal.NetworkNamespaceProvider;
import io.gantry.testkit.Await;
import io.gantry.testkit.ConfigAnnotations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /etc/resolv.conf with --dns options, --add-host and --ip in real busybox containers. */
class DnsAndHostsRealTest extends RealEngineTest {
    private Path hostResolvConf;
    private final AddressingNetworkDriver lab = new AddressingNetworkDriver();

    @BeforeAll
    void start() throws Exception {
        hostResolvConf = real.root.resolve("host-resolv.conf");
        real.engine.providers.bindNamespaceProvider(new MountNamespaceProvider(ConfigAnnotations.of(MountConfig.class,
                Map.of("host_resolv_conf", hostResolvConf.toString()))), Map.of("service.id", 10L, "service.ranking", 5));
        real.engine.providers.bindNamespaceProvider(new NetworkNamespaceProvider(), Map.of("service.id", 11L));
        real.engine.providers.bindNetworkDriver(lab, Map.of("service.id", 12L));
    }

    @Test
    void withoutAReachableNameServerTheContainerGetsDockersFallback() throws Exception {
        Files.writeString(hostResolvConf, "nameserver 127.0.0.53\n");
        assertEquals("nameserver 8.8.8.8\nnameserver 8.8.4.4\n", resolvConf(RealEngine.script("cat /etc/resolv.conf")));
        Files.writeString(hostResolvConf, "nameserver 127.0.0.53\nsearch lan\noptions edns0\n");
        assertEquals("search lan\nnameserver 8.8.8.8\nnameserver 8.8.4.4\noptions edns0\n",
                resolvConf(RealEngine.script("cat /etc/resolv.conf")), "the host's search and options stay");
    }

    @Test
    void dnsOptionsReplaceTheHostsLinesOfTheirKind() throws Exception {
        Files.writeString(hostResolvConf, "nameserver 127.0.0.53\nnameserver 10.0.0.2\nsearch corp.example\n"
                + "options edns0\n");
        assertEquals("search corp.example\nnameserver 10.0.0.2\noptions edns0\n",
                resolvConf(RealEngine.script("cat /etc/resolv.conf")));
        assertEquals("search corp.example\nnameserver 1.1.1.1\nnameserver fd00::53\noptions ndots:2\n",
                resolvConf(RealEngine.script("cat /etc/resolv.conf").dns(new DnsSettings(List.of("1.1.1.1",
                        "fd00::53"), List.of(), List.of("ndots:2")))));
    }

    @Test
    void theHostNetworkKeepsTheHostsFile() throws Exception {
        Files.writeString(hostResolvConf, "nameserver 127.0.0.53\nsearch corp.example\n");
        assertEquals("nameserver 127.0.0.53\nsearch corp.example\n",
                resolvConf(RealEngine.script("cat /etc/resolv.conf").networkMode("host")));
    }

    @Test
    void extraHostsFollowTheLoopbackLines() throws Exception {
        Files.writeString(hostResolvConf, "nameserver 10.0.0.2\n");
        String hosts = resolvConf(RealEngine.script("cat /etc/hosts").extraHosts(List.of("db:10.1.2.3", "six:fd00::1")));
        List<String> lines = hosts.lines().toList();
        assertEquals(List.of("10.1.2.3\tdb", "fd00::1\tsix"), lines.subList(3, 5), hosts);
    }

    @Test
    void aRequestedAddressAndTheHostGatewayComeFromTheContainersNetwork() throws Exception {
        Files.writeString(hostResolvConf, "nameserver 10.0.0.2\n");
        Container box = real.run(RealEngine.busybox("sleep", "30").networkMode(AddressingNetworkDriver.NETWORK)
                .ipv4Address("10.99.0.7").extraHosts(List.of("gw:host-gateway")));
        assertEquals("10.99.0.7", lab.endpoints.get(lab.endpoints.size() - 1).ipv4Address());
        assertEquals("10.99.0.7", real.engine.lifecycle.inspect(box.id()).networks().get(0).ipv4Address());
        Path hosts = real.root.resolve("data/containers").resolve(box.id()).resolve("bundle/hosts");
        Await.until("the container's own entry in " + hosts,
                () -> read(hosts).contains("10.99.0.7\t" + box.name() + "\n"));
        assertTrue(read(hosts).contains("\n" + AddressingNetworkDriver.GATEWAY + "\tgw\n"),
                "a peer update keeps the extra host on the network's subnet: " + read(hosts));

        Container twin = real.engine.lifecycle.create(RealEngine.busybox("true").networkMode(AddressingNetworkDriver.NETWORK)
                .ipv4Address("10.99.0.7").build());
        assertThrows(ConflictException.class, () -> real.engine.lifecycle.start(twin.id()));
        assertEquals(ContainerState.CREATED, real.state(twin.id()));
        real.engine.lifecycle.stop(box.id(), Duration.ZERO);
    }

    @Test
    void badAddressesAreRefusedAtCreateLeavingNothing() {
        int before = real.engine.lifecycle.list(true).size();
        assertRefused("invalid IPv4 address: 10.99.0.300", RealEngine.busybox("true")
                .networkMode(AddressingNetworkDriver.NETWORK).ipv4Address("10.99.0.300"));
        assertRefused("user specified IP address is supported on user defined networks only (network mode host)",
                RealEngine.busybox("true").networkMode("host").ipv4Address("10.99.0.8"));
        assertRefused("invalid extra host \"gw:host-gateway\": host-gateway needs a network with a gateway, not"
                + " network mode none", RealEngine.busybox("true").extraHosts(List.of("gw:host-gateway")));
        assertRefused("invalid IP address in add-host: \"db.example\"", RealEngine.busybox("true")
                .extraHosts(List.of("db:db.example")));
        assertRefused("invalid extra host \"db\": expected name:address", RealEngine.busybox("true")
                .extraHosts(List.of("db")));
        assertRefused("invalid DNS server dns.google: it is not an IP address", RealEngine.busybox("true")
                .dns(new DnsSettings(List.of("dns.google"), List.of(), List.of())));
        assertEquals(before, real.engine.lifecycle.list(true).size());
    }

    private String resolvConf(ContainerConfig.Builder config) throws Exception {
        Container box = real.runToEnd(config);
        return real.output(box.id());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertRefused(String message, ContainerConfig.Builder config) {
        assertEquals(message, assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(config.build()))
                .getMessage());
    }
}
