package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.itests.DockerCli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Dual-stack bridge networks through the docker CLI: containers reach each other over IPv6 by name and address,
 * --ip6 fixes an address, inspect has Docker's shapes, and removal leaves no ip6tables rule and no bridge. The
 * test subnets are fd67:7465:7374:7x::/64 and 10.231.7x.0/24, which no route of the host uses.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NetworkIpv6IT extends DockerCliTestSupport {
    private static final Path IPV6_FORWARDING = Path.of("/proc/sys/net/ipv6/conf/all/forwarding");
    private static final ObjectMapper JSON = new ObjectMapper();
    private String forwarding;

    @Before
    public void saveIpv6Forwarding() throws Exception {
        forwarding = Files.readString(IPV6_FORWARDING).strip();
    }

    @After
    public void removeNetworksAndRestoreForwarding() throws Exception {
        removeAll();
        for (String network : List.of("it-v6", "it net", "it-bad")) {
            docker("network", "rm", network);
        }
        Files.writeString(IPV6_FORWARDING, forwarding);
    }

    @Test
    public void containersOnADualStackNetworkPingEachOtherOverIpv6ByNameAndAddress() throws Exception {
        Cli create = docker("network", "create", "--ipv6", "--subnet", "fd67:7465:7374:71::/64", "--subnet",
                "10.231.71.0/24", "it-v6");
        assertEquals(create.output(), 0, create.exit());
        String networkId = create.output().strip();
        String bridge = "gtbr-" + networkId.substring(0, 10);
        assertEquals(0, docker("run", "-d", "--name", "v6-a", "--network", "it-v6", "busybox", "sleep", "300").exit());
        Cli b = docker("run", "-d", "--name", "v6-b", "--network", "it-v6", "--ip6", "fd67:7465:7374:71::b", "busybox",
                "sleep", "300");
        assertEquals(b.output(), 0, b.exit());

        JsonNode a = endpoint("v6-a");
        String addressOfA = a.get("GlobalIPv6Address").asText();
        assertEquals("fd67:7465:7374:71::2", addressOfA);
        waitFor("v6-a pings v6-b by name over IPv6", () -> docker("exec", "v6-a", "ping", "-6", "-c1", "-W2", "v6-b")
                .exit() == 0);
        Cli byAddress = docker("exec", "v6-b", "ping", "-6", "-c1", "-W2", addressOfA);
        assertEquals(byAddress.output(), 0, byAddress.exit());
        assertTrue(byAddress.output(), byAddress.output().contains("from " + addressOfA));

        JsonNode fixed = endpoint("v6-b");
        assertEquals("fd67:7465:7374:71::b", fixed.get("GlobalIPv6Address").asText());
        assertEquals(64, fixed.get("GlobalIPv6PrefixLen").asInt());
        assertEquals("fd67:7465:7374:71::1", fixed.get("IPv6Gateway").asText());
        assertEquals("{\"IPv6Address\":\"fd67:7465:7374:71::b\"}", fixed.get("IPAMConfig").toString());
        assertTrue(fixed.get("IPAddress").asText(), fixed.get("IPAddress").asText().startsWith("10.231.71."));

        JsonNode network = JSON.readTree(docker("network", "inspect", "it-v6", "--format", "{{json .}}").output());
        assertTrue(network.get("EnableIPv6").asBoolean());
        assertEquals("[{\"Subnet\":\"10.231.71.0/24\",\"Gateway\":\"10.231.71.1\"},{\"Subnet\":"
                + "\"fd67:7465:7374:71::/64\",\"Gateway\":\"fd67:7465:7374:71::1\"}]",
                network.get("IPAM").get("Config").toString());
        List<String> v6Addresses = network.get("Containers").findValuesAsText("IPv6Address");
        assertTrue(v6Addresses.toString(), v6Addresses.contains("fd67:7465:7374:71::b/64"));
        String rules = HostNetwork.run("ip6tables-save");
        assertTrue(rules, rules.contains("-s fd67:7465:7374:71::/64 ! -o " + bridge));
        assertTrue(rules, rules.contains("-i " + bridge + " ! -o " + bridge));

        assertEquals(0, docker("rm", "-f", "v6-a", "v6-b").exit());
        Cli rm = docker("network", "rm", "it-v6");
        assertEquals(rm.output(), 0, rm.exit());
        String after = HostNetwork.run("ip6tables-save");
        assertFalse(after, after.contains(bridge) || after.contains(networkId.substring(0, 12)));
        assertFalse(HostNetwork.run("ip", "-br", "link").contains(bridge));
    }

    @Test
    public void namesDockerAcceptsAreAcceptedAndOptionsTheDriverDoesNotKnowAreRefused() throws Exception {
        Cli spaced = docker("network", "create", "it net");
        assertEquals(spaced.output(), 0, spaced.exit());
        assertEquals("it net", docker("network", "inspect", "it net", "--format", "{{.Name}}").output().strip());
        assertEquals(0, docker("network", "rm", "it net").exit());

        Cli unknown = docker("network", "create", "-o", "com.docker.network.bogus=1", "it-bad");
        assertNotEquals(0, unknown.exit());
        assertTrue(unknown.output(), unknown.output().contains("unknown network option com.docker.network.bogus: the"
                + " bridge driver takes com.docker.network.bridge.name"));
        Cli withoutIpv6 = docker("network", "create", "--subnet", "fd67:7465:7374:72::/64", "it-bad");
        assertNotEquals(0, withoutIpv6.exit());
        assertTrue(withoutIpv6.output(), withoutIpv6.output().contains("IPv6 subnet fd67:7465:7374:72::/64 given for"
                + " network it-bad without IPv6: enable it (--ipv6, EnableIPv6)"));
        assertNotEquals(0, docker("network", "inspect", "it-bad").exit());
    }

    /** The container's endpoint on it-v6, from docker inspect. */
    private JsonNode endpoint(String container) throws Exception {
        Cli inspect = docker("inspect", container, "--format", "{{json .NetworkSettings.Networks}}");
        assertEquals(inspect.output(), 0, inspect.exit());
        return JSON.readTree(inspect.output()).get("it-v6");
    }
}
