package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** --link, --mac-address, --domainname, systempaths and docker exec's -u, -w, -e and --privileged, for real. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerCompatFieldsCliIT extends DockerCliTestSupport {
    @Test
    public void aLinkPutsTheAliasInTheHostsFileAndInspect() throws Exception {
        Cli db = docker("run", "-d", "--name", "link-db", "--expose", "5432", "-e", "SECRET=s", "busybox", "sleep",
                "300");
        assertEquals(db.output(), 0, db.exit());
        String address = docker("inspect", "-f", "{{.NetworkSettings.IPAddress}}", "link-db").output().trim();
        Cli web = docker("run", "--name", "link-web", "--link", "link-db:database", "busybox", "sh", "-c",
                "grep -w database /etc/hosts; env | grep ^DATABASE_ | sort");
        assertEquals(web.output(), 0, web.exit());
        List<String> lines = web.output().lines().toList();
        assertTrue(web.output(), lines.get(0).startsWith(address + "\tdatabase"));
        assertEquals(web.output(), List.of("DATABASE_ENV_SECRET=s", "DATABASE_NAME=/link-web/database",
                "DATABASE_PORT=tcp://" + address + ":5432", "DATABASE_PORT_5432_TCP=tcp://" + address + ":5432",
                "DATABASE_PORT_5432_TCP_ADDR=" + address, "DATABASE_PORT_5432_TCP_PORT=5432",
                "DATABASE_PORT_5432_TCP_PROTO=tcp"), lines.subList(1, lines.size()));
        Cli inspect = docker("inspect", "-f", "{{.HostConfig.Links}} {{.NetworkSettings.Networks.bridge.Links}}",
                "link-web");
        assertEquals(inspect.output(), "[/link-db:/link-web/database] [link-db:database]", inspect.output().trim());
        Cli missing = docker("run", "--rm", "--link", "no-such-db:db", "busybox", "true");
        assertNotEquals(missing.output(), 0, missing.exit());
        assertTrue(missing.output(), missing.output().contains("could not get container for no-such-db"));
    }

    @Test
    public void macAddressAndDomainnameReachTheContainer() throws Exception {
        Cli run = docker("run", "--name", "identity", "--mac-address", "02:42:ac:11:00:99", "--domainname",
                "example.test", "busybox", "sh", "-c", "cat /sys/class/net/eth0/address; cat"
                        + " /proc/sys/kernel/domainname");
        assertEquals(run.output(), 0, run.exit());
        assertEquals(run.output(), List.of("02:42:ac:11:00:99", "example.test"), run.output().lines().toList());
        Cli inspect = docker("inspect", "-f", "{{.Config.MacAddress}} {{.Config.Domainname}}", "identity");
        assertEquals(inspect.output(), "02:42:ac:11:00:99 example.test", inspect.output().trim());
        Cli bad = docker("create", "--mac-address", "02:42:zz:11:00:99", "busybox");
        assertNotEquals(bad.output(), 0, bad.exit());
        assertTrue(bad.output(), bad.output().contains("02:42:zz:11:00:99"));
    }

    @Test
    public void systemPathsUnconfinedLiftsTheMasks() throws Exception {
        String probe = "grep -c ' /proc/keys ' /proc/mounts";
        assertEquals("1", docker("run", "--rm", "busybox", "sh", "-c", probe).output().trim());
        assertEquals("0", docker("run", "--rm", "--security-opt", "systempaths=unconfined", "busybox", "sh", "-c",
                probe).output().trim());
    }

    @Test
    public void execTakesUserWorkdirEnvAndPrivileged() throws Exception {
        Cli box = docker("run", "-d", "--name", "exec-opts", "-e", "KEEP=box", "busybox", "sleep", "300");
        assertEquals(box.output(), 0, box.exit());
        Cli exec = docker("exec", "-u", "nobody", "-w", "/tmp", "-e", "A=1", "exec-opts", "sh", "-c",
                "echo $(id -u) $(pwd) $A $KEEP");
        assertEquals(exec.output(), "65534 /tmp 1 box", exec.output().trim());
        String bounding = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("CapBnd:")).findFirst().orElseThrow().substring("CapBnd:".length())
                .trim();
        Cli privileged = docker("exec", "--privileged", "exec-opts", "grep", "CapEff", "/proc/self/status");
        assertEquals(privileged.output(), "CapEff:\t" + bounding, privileged.output().trim());
        Cli ghost = docker("exec", "-u", "ghost", "exec-opts", "true");
        assertNotEquals(ghost.output(), 0, ghost.exit());
        assertTrue(ghost.output(), ghost.output().contains("unable to find user ghost: no matching entries in"
                + " passwd file"));
    }

    @Test
    public void aConnectAppliesItsMacAddressAndItsLinks() throws Exception {
        assertEquals(0, docker("network", "create", "lnk-net").exit());
        try {
            assertEquals(0, docker("run", "-d", "--name", "lnk-db", "--network", "lnk-net", "busybox", "sleep",
                    "300").exit());
            assertEquals(0, docker("run", "-d", "--name", "lnk-app", "busybox", "sleep", "300").exit());
            assertEquals("200", connect("lnk-app",
                    "{\"MacAddress\":\"02:42:ac:11:00:77\",\"Links\":[\"lnk-db:store\"]}"));
            String db = docker("inspect", "-f", "{{(index .NetworkSettings.Networks \"lnk-net\").IPAddress}}",
                    "lnk-db").output().trim();
            Cli macs = docker("exec", "lnk-app", "sh", "-c", "cat /sys/class/net/eth*/address");
            assertTrue(macs.output(), macs.output().lines().toList().contains("02:42:ac:11:00:77"));
            Cli hosts = docker("exec", "lnk-app", "grep", "-w", "store", "/etc/hosts");
            assertTrue(hosts.output(), hosts.output().startsWith(db + "\tstore"));
            Cli inspect = docker("inspect", "-f", "{{(index .NetworkSettings.Networks \"lnk-net\").Links}} "
                    + "{{(index .NetworkSettings.Networks \"lnk-net\").MacAddress}}", "lnk-app");
            assertEquals(inspect.output(), "[lnk-db:store] 02:42:ac:11:00:77", inspect.output().trim());
            assertEquals(0, docker("run", "-d", "--name", "lnk-cli", "busybox", "sleep", "300").exit());
            Cli byCli = docker("network", "connect", "--link", "lnk-db:viacli", "lnk-net", "lnk-cli");
            assertEquals(byCli.output(), 0, byCli.exit());
            Cli viaCli = docker("exec", "lnk-cli", "grep", "-w", "viacli", "/etc/hosts");
            assertTrue(viaCli.output(), viaCli.output().startsWith(db + "\tviacli"));
            assertEquals(0, docker("create", "--name", "lnk-bad", "busybox", "true").exit());
            String bad = connect("lnk-bad", "{\"MacAddress\":\"02:42\"}");
            assertTrue(bad, bad.endsWith("400") && bad.contains("EndpointConfig.MacAddress"));
            String ghost = connect("lnk-bad", "{\"Links\":[\"ghost:g\"]}");
            assertTrue(ghost, ghost.endsWith("400") && ghost.contains("could not get container for ghost"));
        } finally {
            removeAll();
            docker("network", "rm", "lnk-net");
        }
    }

    @Test
    public void aRenameIsFollowedByLinksAndPeersButNotByTheOwnHostname() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "rn-db", "busybox", "sleep", "300").exit());
        assertEquals(0, docker("run", "-d", "--name", "rn-web", "--link", "rn-db:database", "busybox", "sleep",
                "300").exit());
        String db = docker("inspect", "-f", "{{.NetworkSettings.IPAddress}}", "rn-db").output().trim();
        String ownHosts = docker("exec", "rn-db", "cat", "/etc/hosts").output();
        String hostname = docker("exec", "rn-db", "hostname").output().trim();
        assertEquals(0, docker("rename", "rn-db", "rn-db2").exit());
        assertEquals("[/rn-db2:/rn-web/database]", docker("inspect", "-f", "{{.HostConfig.Links}}", "rn-web")
                .output().trim());
        assertEquals(0, docker("rename", "rn-web", "rn-web2").exit());
        Cli restart = docker("restart", "-t", "0", "rn-web2");
        assertEquals(restart.output(), 0, restart.exit());
        Cli linked = docker("exec", "rn-web2", "sh", "-c", "grep -w database /etc/hosts; echo $DATABASE_NAME");
        List<String> lines = linked.output().lines().toList();
        assertTrue(linked.output(), lines.get(0).startsWith(db + "\tdatabase"));
        assertEquals(linked.output(), "/rn-web2/database", lines.get(1));
        assertEquals("[/rn-db2:/rn-web2/database]", docker("inspect", "-f", "{{.HostConfig.Links}}", "rn-web2")
                .output().trim());
        assertEquals(hostname, docker("exec", "rn-db2", "hostname").output().trim());
        List<String> ownLines = ownHosts.lines().filter(l -> l.contains(hostname)).toList();
        assertTrue(ownHosts, !ownLines.isEmpty());
        assertEquals(ownLines, docker("exec", "rn-db2", "cat", "/etc/hosts").output().lines()
                .filter(l -> l.contains(hostname)).toList());
        assertEquals(0, docker("network", "create", "rn-net").exit());
        try {
            assertEquals(0, docker("run", "-d", "--name", "rn-a", "--network", "rn-net", "busybox", "sleep", "300")
                    .exit());
            assertEquals(0, docker("run", "-d", "--name", "rn-b", "--network", "rn-net", "busybox", "sleep", "300")
                    .exit());
            assertEquals(0, docker("rename", "rn-a", "rn-a2").exit());
            String peer = docker("exec", "rn-b", "cat", "/etc/hosts").output();
            assertTrue(peer, peer.lines().anyMatch(l -> l.endsWith("\trn-a2")));
            assertTrue(peer, peer.lines().noneMatch(l -> l.endsWith("\trn-a")));
        } finally {
            removeAll();
            docker("network", "rm", "rn-net");
        }
    }

    @Test
    public void runDetachedWithStdinKeepsItAndCreateIClosesItWithTheFirstClient() throws Exception {
        assertEquals(0, docker("run", "-d", "-i", "--name", "so-kept", "busybox", "cat").exit());
        assertEquals("false", docker("inspect", "-f", "{{.Config.StdinOnce}}", "so-kept").output().trim());
        assertEquals(0, docker("create", "-i", "--name", "so-once", "busybox", "cat").exit());
        assertEquals("true", docker("inspect", "-f", "{{.Config.StdinOnce}}", "so-once").output().trim());
        Cli once = cli.runWithInput("fed once\n", "start", "-ai", "so-once");
        assertEquals(once.output(), 0, once.exit());
        assertEquals("fed once", once.output().trim());
        assertEquals("running", docker("inspect", "-f", "{{.State.Status}}", "so-kept").output().trim());
    }

    private String connect(String container, String endpoint) throws Exception {
        String socket = System.getProperty("gantry.it.runRoot") + "/gantry.sock";
        return cli.withInput(List.of("curl", "-sS", "-o", "/dev/stderr", "-w", "%{http_code}", "--unix-socket", socket,
                "-H", "Content-Type: application/json", "-d", "{\"Container\":\"" + container + "\",\"EndpointConfig\":"
                + endpoint + "}", "http://localhost/v1.41/networks/lnk-net/connect"), null, true).output();
    }
}
