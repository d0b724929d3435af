package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** docker run's security, name resolution and limit options, docker diff and docker system df, for real. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerOptionsCliIT extends DockerCliTestSupport {
    @Test
    public void aReadOnlyRootRefusesWritesWhileItsTmpfsTakesThem() throws Exception {
        Cli run = docker("run", "--rm", "--read-only", "--tmpfs", "/scratch", "busybox", "sh", "-c",
                "touch /root-file 2>&1; echo > /scratch/f && echo tmpfs-ok");
        assertTrue(run.output(), run.output().contains("Read-only file system"));
        assertTrue(run.output(), run.output().contains("tmpfs-ok"));
    }

    @Test
    public void capDropAllTakesAwayWhatRootMayDoByDefault() throws Exception {
        Cli allowed = docker("run", "--rm", "busybox", "chown", "1", "/tmp");
        assertEquals(allowed.output(), 0, allowed.exit());
        Cli dropped = docker("run", "--rm", "--cap-drop", "ALL", "busybox", "chown", "1", "/tmp");
        assertNotEquals(dropped.output(), 0, dropped.exit());
        assertTrue(dropped.output(), dropped.output().contains("Operation not permitted"));
    }

    @Test
    public void hostsDnsShmUlimitsGroupsSysctlsAndNoNewPrivilegesReachTheProcess() throws Exception {
        Cli run = docker("run", "--rm", "--add-host", "db.test:10.9.8.7", "--dns", "10.0.0.53", "--dns-search",
                "example.test", "--shm-size", "128m", "--ulimit", "nofile=100:200", "--group-add", "123",
                "--sysctl", "net.ipv4.ip_unprivileged_port_start=0", "--security-opt", "no-new-privileges",
                "busybox", "sh", "-c", "grep db.test /etc/hosts; cat /etc/resolv.conf;"
                        + " echo shm $(df -k /dev/shm | tail -1 | awk '{print $2}'); echo nofile $(ulimit -n) $(ulimit -Hn);"
                        + " echo groups $(id -G); echo port-start $(cat /proc/sys/net/ipv4/ip_unprivileged_port_start);"
                        + " grep NoNewPrivs /proc/self/status");
        assertEquals(run.output(), 0, run.exit());
        List<String> lines = run.output().lines().map(String::trim).toList();
        assertTrue(run.output(), lines.contains("10.9.8.7\tdb.test") || lines.contains("10.9.8.7 db.test"));
        assertTrue(run.output(), lines.contains("nameserver 10.0.0.53"));
        assertTrue(run.output(), lines.contains("search example.test"));
        assertTrue(run.output(), lines.contains("shm 131072"));
        assertTrue(run.output(), lines.contains("nofile 100 200"));
        assertTrue(run.output(), lines.stream().anyMatch(l -> l.startsWith("groups ") && List.of(l.split(" "))
                .contains("123")));
        assertTrue(run.output(), lines.contains("port-start 0"));
        assertTrue(run.output(), lines.contains("NoNewPrivs:\t1"));
    }

    @Test
    public void initRunsAsPidOneAndInspectShowsTheOptions() throws Exception {
        Cli run = docker("run", "-d", "--name", "with-init", "--init", "--read-only", "--cap-drop", "ALL",
                "busybox", "sleep", "300");
        assertEquals(run.output(), 0, run.exit());
        Cli ps = docker("exec", "with-init", "ps", "-o", "pid,comm");
        assertTrue(ps.output(), ps.output().lines().map(String::trim).anyMatch(l -> l.equals("1 docker-init")));
        Cli inspect = docker("inspect", "-f", "{{.HostConfig.Init}} {{.HostConfig.ReadonlyRootfs}} "
                + "{{.HostConfig.CapDrop}}", "with-init");
        assertEquals(inspect.output(), "true true [ALL]", inspect.output().trim());
    }

    @Test
    public void diffListsWhatTheContainerChanged() throws Exception {
        Cli run = docker("run", "--name", "changer", "busybox", "sh", "-c", "mkdir /made && echo x > /made/file");
        assertEquals(run.output(), 0, run.exit());
        Cli diff = docker("diff", "changer");
        assertEquals(diff.output(), 0, diff.exit());
        List<String> lines = diff.output().lines().toList();
        assertTrue(diff.output(), lines.contains("A /made") && lines.contains("A /made/file"));
    }

    @Test
    public void systemDfAnswers() throws Exception {
        assertEquals(0, docker("create", "--name", "idle", "busybox", "true").exit());
        Cli df = docker("system", "df");
        assertEquals(df.output(), 0, df.exit());
        assertTrue(df.output(), df.output().lines().anyMatch(l -> l.startsWith("Images ")));
        assertTrue(df.output(), df.output().lines().anyMatch(l -> l.matches("Containers\\s+1\\s+0\\s.*")));
    }

    @Test
    public void systemPruneRemovesStoppedContainersAndUnusedNetworks() throws Exception {
        assertEquals(0, docker("create", "--name", "stopped", "busybox", "true").exit());
        assertEquals(0, docker("network", "create", "unused").exit());
        Cli prune = docker("system", "prune", "-f");
        assertEquals(prune.output(), 0, prune.exit());
        assertTrue(prune.output(), prune.output().contains("Total reclaimed space"));
        assertTrue("the stopped container is pruned", docker("inspect", "stopped").exit() != 0);
        assertTrue("the unused network is pruned", docker("network", "inspect", "unused").exit() != 0);
    }

    @Test
    public void anOptionTheEngineCannotApplyFailsWithItsName() throws Exception {
        Cli run = docker("run", "--rm", "--volumes-from", "other", "busybox", "true");
        assertNotEquals(run.output(), 0, run.exit());
        assertTrue(run.output(), run.output().contains("VolumesFrom (--volumes-from) is not supported yet"));
        assertEquals("", docker("ps", "-aq").output().trim());
    }
}
