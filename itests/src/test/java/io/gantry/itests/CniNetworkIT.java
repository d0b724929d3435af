package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.gantry.api.container.Container;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.PortBinding;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.options.DefaultCompositeOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A CNI conflist (Debian's bridge + host-local + portmap plugins) dropped into the CNI driver's folder is a network
 * containers use: published ports, peers by address, and nothing left after removal.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CniNetworkIT extends GantryTestSupport {
    private static final String FETCH = "for i in $(seq 50); do timeout 5 wget -qO- http://%s/hostname && exit 0;"
            + " sleep 0.2; done; exit 1";

    @Inject
    protected NetworkService networks;

    @Override
    @Configuration
    public Option[] config() throws IOException {
        String build = System.getProperty("project.build.directory", "target");
        String hex = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        Path folder = new File(build, "it-cni/" + hex).getAbsoluteFile().toPath();
        Files.createDirectories(folder.resolve("net.d"));
        String bridge = "gtcni" + hex;
        HostCleanup.atExit(bridge);
        return new Option[] {
            new DefaultCompositeOption(super.config()),
            editConfigurationFilePut("etc/io.gantry.net.cni.cfg", "conf.dir", folder.resolve("net.d").toString()),
            systemProperty("gantry.it.cniFolder").value(folder.toString()),
            systemProperty("gantry.it.cniBridge").value(bridge),
            systemProperty("gantry.it.cniSubnet").value(freeSubnetPrefix()),
        };
    }

    @After
    public void removeContainers() {
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
    }

    @Test
    public void conflistNetworkPublishesPortsConnectsPeersAndLeavesNothing() throws Exception {
        writeConflist("it-cni", "portmap");
        NetworkInfo network = networks.inspectNetwork("it-cni");
        assertEquals("cni", network.driver());
        assertEquals(subnetPrefix() + ".0/24", network.subnet());
        List<String> chainsBefore = cniChains();

        int port = HostNetwork.freePort();
        Container web = containers.create(busybox("httpd", "-f", "-p", "80", "-h", "/etc").name("cni-web")
                .networkMode("it-cni").ports(List.of(new PortBinding("127.0.0.1", port, 80, "tcp"))).build());
        containers.start(web.id());
        String address = containers.inspect(web.id()).networks().get(0).ipv4Address();
        assertTrue(address, address.startsWith(subnetPrefix() + "."));
        assertEquals(web.id().substring(0, 12), HostNetwork.fetch(port));

        Result peer = run(busybox("sh", "-c", String.format(FETCH, address)).networkMode("it-cni").build());
        assertEquals(peer.output(), 0, peer.status().exitCode());
        assertEquals(web.id().substring(0, 12), peer.output().trim());
        assertEquals(Set.of(web.id()), networks.inspectNetwork("it-cni").containers());

        containers.remove(web.id(), true);
        containers.remove(peer.id(), true);
        assertEquals("veths on " + bridge(), "", HostNetwork.run("ip", "-o", "link", "show", "master", bridge()).trim());
        assertEquals("host-local leases", List.of(), leases("it-cni"));
        String nat = HostNetwork.run("iptables-save", "-t", "nat");
        assertFalse(nat, nat.contains(web.id()));
        assertEquals(chainsBefore, cniChains());
        assertEquals(Set.of(), networks.inspectNetwork("it-cni").containers());
    }

    @Test
    public void aRemovedConflistIsNoLongerListed() throws Exception {
        Path file = writeConflist("it-cni-gone", "portmap");
        assertTrue(names().contains("it-cni-gone"));
        assertFalse(networks.pruneNetworks().contains("it-cni-gone"));
        Exception remove = assertThrows(Exception.class, () -> networks.removeNetwork("it-cni-gone"));
        assertTrue(remove.getMessage(), remove.getMessage().contains("delete " + file));
        Files.delete(file);
        assertFalse(names().contains("it-cni-gone"));
    }

    @Test
    public void aNetworkWithAMissingPluginIsRefusedNamingItsFileAndLeavesNothing() throws Exception {
        Path file = writeConflist("it-cni-broken", "no-such-plugin");
        assertTrue("listed, with what is wrong", names().contains("it-cni-broken"));

        Container c = containers.create(busybox("true").networkMode("it-cni-broken").build());
        Exception refused = assertThrows(Exception.class, () -> containers.start(c.id()));
        assertTrue(refused.getMessage(), refused.getMessage().contains("CNI network it-cni-broken cannot be used: "
                + file + ": plugin binary no-such-plugin not found"));
        assertFalse(containers.inspect(c.id()).state().isLive());
        containers.remove(c.id(), true);
        assertEquals(List.of(), leases("it-cni-broken"));
        Path netns = Path.of(System.getProperty("gantry.it.runRoot"), "netns");
        assertTrue(!Files.isDirectory(netns) || Files.list(netns).findAny().isEmpty());
        Files.delete(file);
    }

    private Path writeConflist(String name, String secondPlugin) throws IOException {
        Path folder = Path.of(System.getProperty("gantry.it.cniFolder"));
        String capability = secondPlugin.equals("portmap") ? ", \"capabilities\": {\"portMappings\": true}" : "";
        Path file = folder.resolve("net.d/" + name + ".conflist");
        Files.writeString(file, """
                {"cniVersion": "1.0.0", "name": "%s", "plugins": [
                  {"type": "bridge", "bridge": "%s", "isGateway": true, "ipMasq": false,
                   "ipam": {"type": "host-local", "dataDir": "%s", "ranges": [[{"subnet": "%s.0/24"}]]}},
                  {"type": "%s"%s}]}""".formatted(name, bridge(), folder.resolve("ipam"), subnetPrefix(),
                secondPlugin, capability));
        return file;
    }

    /** host-local's lease files (named by address) of a network. */
    private static List<String> leases(String network) throws IOException {
        Path dir = Path.of(System.getProperty("gantry.it.cniFolder"), "ipam", network);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.matches("[0-9.]+")).toList();
        }
    }

    private List<String> names() {
        return networks.listNetworks().stream().map(NetworkInfo::name).toList();
    }

    private static List<String> cniChains() throws Exception {
        return HostNetwork.run("iptables-save", "-t", "nat").lines().filter(l -> l.startsWith(":CNI-DN-") || l.startsWith(":CNI-SN-"))
                .map(l -> l.split(" ")[0]).sorted().toList();
    }

    private static String bridge() {
        return System.getProperty("gantry.it.cniBridge");
    }

    private static String subnetPrefix() {
        return System.getProperty("gantry.it.cniSubnet");
    }

    /** The first three octets of a 10.x.y.0/24 that no route on the host touches. */
    private static String freeSubnetPrefix() throws IOException {
        String routes = HostCleanup.run(List.of("ip", "route"));
        String prefix;
        do {
            prefix = "10." + ThreadLocalRandom.current().nextInt(200, 250) + "." + ThreadLocalRandom.current().nextInt(256);
        } while (routes.contains(prefix + "."));
        return prefix;
    }

    /**
     * At the end of the run (in the test driver's JVM): deletes the test's bridge, and the shared CNI-HOSTPORT
     * chains and jumps portmap adds, when the host had none of them before.
     */
    static final class HostCleanup {
        private HostCleanup() {
        }

        static void atExit(String bridge) throws IOException {
            Set<String> before = Set.copyOf(run(List.of("iptables", "-t", "nat", "-S")).lines().toList());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of("ip", "link", "delete", bridge));
                    removeAddedCniRules(before);
                } catch (IOException e) {
                    // best effort at JVM exit
                }
            }));
        }

        private static void removeAddedCniRules(Set<String> before) throws IOException {
            List<String> added = run(List.of("iptables", "-t", "nat", "-S")).lines()
                    .filter(r -> !before.contains(r) && r.contains("CNI-")).toList();
            List<String> chains = new ArrayList<>();
            for (String rule : added) {
                if (rule.startsWith("-A ") && !rule.contains("--comment")) {
                    List<String> delete = new ArrayList<>(List.of("iptables", "-t", "nat", "-D"));
                    delete.addAll(List.of(rule.substring(3).split(" ")));
                    run(delete);
                } else if (rule.startsWith("-N ")) {
                    chains.add(rule.substring(3));
                }
            }
            deleteCommentedJump(added);
            for (String chain : chains) {
                run(List.of("iptables", "-t", "nat", "-F", chain));
            }
            for (String chain : chains) {
                run(List.of("iptables", "-t", "nat", "-X", chain));
            }
        }

        /** portmap's POSTROUTING jump has a quoted comment with spaces, which the plain split cannot keep. */
        private static void deleteCommentedJump(List<String> added) throws IOException {
            Optional<String> masq = added.stream().filter(r -> r.startsWith("-A POSTROUTING") && r.contains("CNI-HOSTPORT-MASQ"))
                    .findFirst();
            if (masq.isPresent()) {
                run(List.of("iptables", "-t", "nat", "-D", "POSTROUTING", "-m", "comment", "--comment",
                        "CNI portfwd requiring masquerade", "-j", "CNI-HOSTPORT-MASQ"));
            }
        }

        static String run(List<String> command) throws IOException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return out;
        }
    }
}
