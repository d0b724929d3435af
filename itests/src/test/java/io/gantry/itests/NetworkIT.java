package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.network.PortBinding;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Containers on bridge networks: names, published ports, isolation, and nothing left behind. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NetworkIT extends GantryTestSupport {
    /** Retries inside the container until the server is up; timeout 5 because busybox wget -T crashes here. */
    private static final String FETCH = "for i in $(seq 50); do timeout 5 wget -qO- http://%s/hostname && exit 0;"
            + " sleep 0.2; done; exit 1";

    @Inject
    protected NetworkService networks;

    @After
    public void removeAll() {
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
        networks.pruneNetworks();
    }

    @Test
    public void containersOnAUserNetworkReachEachOtherByName() throws Exception {
        NetworkInfo net = networks.createNetwork("bridge", NetworkSpec.named("it-front"));
        Container web = startWeb("web-front", "it-front");
        Result fetched = run(busybox("sh", "-c", String.format(FETCH, "web-front")).networkMode("it-front").build());
        assertEquals(fetched.output(), 0, fetched.status().exitCode());
        assertEquals(web.id().substring(0, 12), fetched.output().trim());

        NetworkAttachment attachment = containers.inspect(web.id()).networks().get(0);
        assertEquals("it-front", attachment.network());
        assertTrue(attachment.ipv4Address(), attachment.ipv4Address() != null);
        containers.remove(web.id(), true);
        containers.remove(fetched.id(), true);
        assertNoTraceOf(web.id());
        networks.removeNetwork("it-front");
        assertNoTraceOf(net.id().substring(0, 12));
        assertFalse(HostNetwork.run("ip", "-br", "link").contains(net.id().substring(0, 10)));
    }

    @Test
    public void aLaterContainerShowsUpInTheHostsFileOfARunningOne() throws Exception {
        networks.createNetwork(null, NetworkSpec.named("it-hosts"));
        Container first = containers.create(busybox("sh", "-c",
                "until grep -q second /etc/hosts; do sleep 0.1; done; echo seen").networkMode("it-hosts").build());
        var exit = containers.waitFor(first.id(), io.gantry.api.container.WaitCondition.NEXT_EXIT);
        containers.start(first.id());
        Container second = startWeb("second", "it-hosts");
        String address = containers.inspect(second.id()).networks().get(0).ipv4Address();
        assertEquals(0, exit.get(DEADLINE.toSeconds(), TimeUnit.SECONDS).exitCode());
        assertEquals("seen", logsOf(first.id()).trim());
        Path hosts = Path.of(System.getProperty("gantry.it.dataRoot"), "containers", first.id(), "bundle", "hosts");
        assertTrue(Files.readString(hosts).contains(address + "\tsecond"));
    }

    @Test
    public void publishedPortIsReachableFromTheHostOnLoopback() throws Exception {
        int port = HostNetwork.freePort();
        Container web = containers.create(busybox("httpd", "-f", "-p", "80", "-h", "/etc").networkMode("bridge")
                .ports(List.of(new PortBinding("127.0.0.1", port, 80, "tcp"))).build());
        containers.start(web.id());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hostname"))
                .timeout(Duration.ofSeconds(3)).build();
        String[] body = new String[1];
        waitFor("httpd answers on 127.0.0.1:" + port, () -> {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                body[0] = response.body();
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        assertEquals(web.id().substring(0, 12), body[0].trim());
        assertEquals(port, containers.inspect(web.id()).networks().get(0).ports().get(0).hostPort());

        Container clash = containers.create(busybox("sleep", "300").networkMode("bridge")
                .ports(List.of(new PortBinding("127.0.0.1", port, 80, "tcp"))).build());
        ConflictException conflict = assertThrows(ConflictException.class, () -> containers.start(clash.id()));
        assertTrue(conflict.getMessage(), conflict.getMessage().contains(Integer.toString(port)));
        assertEquals(ContainerState.CREATED, containers.inspect(clash.id()).state());
        assertNoTraceOf(clash.id());
        containers.remove(web.id(), true);
        assertNoTraceOf(web.id());
    }

    @Test
    public void aContainerOnAnotherNetworkCannotReachTheFirst() throws Exception {
        networks.createNetwork("bridge", NetworkSpec.named("it-one"));
        networks.createNetwork("bridge", NetworkSpec.named("it-two"));
        Container web = startWeb("web-one", "it-one");
        String address = containers.inspect(web.id()).networks().get(0).ipv4Address();
        Result sameNet = run(busybox("sh", "-c", String.format(FETCH, address)).networkMode("it-one").build());
        assertEquals(sameNet.output(), 0, sameNet.status().exitCode());
        // "; exit $?" keeps sh as pid 1: as pid 1, wget would ignore the SIGTERM of timeout
        Result otherNet = run(busybox("sh", "-c", "timeout 5 wget -qO- http://" + address + "/hostname; exit $?")
                .networkMode("it-two").build());
        assertNotEquals(otherNet.output(), 0, otherNet.status().exitCode());
        ConflictException inUse = assertThrows(ConflictException.class, () -> networks.removeNetwork("it-one"));
        assertTrue(inUse.getMessage(), inUse.getMessage().contains("web-one"));
    }

    @Test
    public void unknownNetworksAndDriversAreRefusedAndPredefinedOnesStay() throws Exception {
        Exception unknown = assertThrows(Exception.class,
                () -> containers.create(busybox("true").networkMode("no-such-net").build()));
        assertTrue(unknown.getMessage(), unknown.getMessage().contains("no-such-net"));
        Exception driver = assertThrows(Exception.class,
                () -> networks.createNetwork("ipvlan", NetworkSpec.named("it-ipvlan")));
        assertTrue(driver.getMessage(), driver.getMessage().contains("no network driver named ipvlan"));
        assertThrows(Exception.class, () -> networks.removeNetwork("host"));
        assertTrue(networks.listNetworks().stream().anyMatch(n -> n.name().equals("none")));
    }

    @Test
    public void aContainerWithoutANetworkModeJoinsTheDefaultBridgeNetworkWithOutboundNat() throws Exception {
        Container c = containers.create(busybox("sleep", "300").build());
        assertEquals("bridge", c.config().networkMode());
        containers.start(c.id());

        NetworkAttachment attachment = containers.inspect(c.id()).networks().get(0);
        assertEquals("bridge", attachment.network());
        NetworkInfo network = networks.inspectNetwork("bridge");
        assertEquals(attachment.gateway(), network.gateway());
        assertFalse(network.subnet(), network.subnet().startsWith("172.17."));
        String gatewayLine = HostNetwork.run("ip", "-o", "-4", "addr").lines()
                .filter(l -> l.contains(" " + network.gateway() + "/")).findFirst().orElse("");
        String bridge = gatewayLine.split("\\s+").length > 1 ? gatewayLine.split("\\s+")[1] : "";
        assertTrue("the test run's own bridge holds the gateway: " + gatewayLine, bridge.startsWith("gtit"));
        assertTrue("outbound NAT", HostNetwork.run("iptables-save", "-t", "nat").contains(
                "-s " + network.subnet() + " ! -o " + bridge + " -m comment"));
    }

    @Test
    public void pruneRemovesUnusedNetworksAndTheirBridgesRulesAndState() throws Exception {
        NetworkInfo unused = networks.createNetwork("bridge", NetworkSpec.named("it-unused"));
        networks.createNetwork("bridge", NetworkSpec.named("it-used"));
        startWeb("prune-keeper", "it-used");
        String bridge = bridgeOf(unused);
        assertTrue(HostNetwork.run("ip", "-br", "link").contains(bridge));

        assertEquals(List.of("it-unused"), networks.pruneNetworks());

        assertFalse("bridge " + bridge, HostNetwork.run("ip", "-br", "link").contains(bridge));
        assertFalse("rules of the network", HostNetwork.run("iptables-save").contains(unused.id().substring(0, 12)));
        assertFalse("rules on its bridge", HostNetwork.run("iptables-save").contains(bridge));
        Path state = Path.of(System.getProperty("gantry.it.dataRoot"), "network", "bridge", "networks.json");
        assertFalse("state of the network", Files.readString(state).contains(unused.id()));
        assertTrue(networks.listNetworks().stream().anyMatch(n -> n.name().equals("it-used")));
    }

    @Test
    public void anOverlappingSubnetIsAConflictNamingBothNetworks() throws Exception {
        networks.createNetwork("bridge", new NetworkSpec("it-first", "10.231.7.0/24", null, false, null, null));
        ConflictException overlap = assertThrows(ConflictException.class, () -> networks.createNetwork("bridge",
                new NetworkSpec("it-overlap", "10.231.7.128/25", null, false, null, null)));
        assertTrue(overlap.getMessage(), overlap.getMessage().contains("10.231.7.0/24")
                && overlap.getMessage().contains("it-first"));
        assertTrue(networks.listNetworks().stream().noneMatch(n -> n.name().equals("it-overlap")));
        assertFalse(HostNetwork.run("ip", "-4", "addr").contains("10.231.7.129"));
    }

    /** The bridge of a user network: the driver's prefix and the start of the network id, 15 characters. */
    private static String bridgeOf(NetworkInfo network) {
        return "gtbr-" + network.id().substring(0, 10);
    }

    private Container startWeb(String name, String network) {
        Container web = containers.create(busybox("httpd", "-f", "-p", "80", "-h", "/etc").name(name)
                .networkMode(network).build());
        containers.start(web.id());
        return web;
    }

    /** No veth, iptables rule, lease or namespace file names the container (or network) any more. */
    private void assertNoTraceOf(String id) throws Exception {
        assertFalse("iptables rule of " + id, HostNetwork.run("iptables-save").contains(id));
        Path leases = Path.of(System.getProperty("gantry.it.dataRoot"), "network", "bridge", "leases.json");
        assertFalse("lease of " + id, Files.exists(leases) && Files.readString(leases).contains(id));
        assertFalse("netns file of " + id,
                Files.exists(Path.of(System.getProperty("gantry.it.runRoot"), "netns", id)));
        assertFalse("netns mount of " + id, Files.readString(Path.of("/proc/self/mountinfo")).contains(id));
    }
}
