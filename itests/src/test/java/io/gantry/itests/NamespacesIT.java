package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.NamespaceMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Each namespace provider, seen from inside a real container. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NamespacesIT extends GantryTestSupport {

    @After
    public void removeAll() {
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
    }

    @Test
    public void pidNamespaceMakesTheCommandPid1AndHidesHostProcesses() throws Exception {
        Result r = run(busybox("sh", "-c", "echo pid=$$; ls /proc | grep -c '^[0-9]'").build());
        assertEquals(r.output(), 0, r.status().exitCode());
        String[] lines = r.output().trim().split("\n");
        assertEquals("pid=1", lines[0]);
        int visible = Integer.parseInt(lines[1].trim());
        assertTrue("only the container's processes are visible, saw " + visible, visible <= 3);
    }

    @Test
    public void pidHostModeSeesHostProcesses() throws Exception {
        Result r = run(busybox("sh", "-c", "ls /proc 2>/dev/null | grep -c '^[0-9]'").pidMode(NamespaceMode.HOST)
                .build());
        assertTrue(r.output(), Integer.parseInt(r.output().trim()) > 10);
    }

    @Test
    public void utsNamespaceSetsTheHostname() throws Exception {
        Result r = run(busybox("hostname").hostname("gantry-test-host").build());
        assertEquals("gantry-test-host", r.output().trim());
        Result byDefault = run(busybox("hostname").build());
        assertEquals(byDefault.id().substring(0, 12), byDefault.output().trim());
    }

    @Test
    public void privateNetworkHasOnlyLoopback() throws Exception {
        Result r = run(busybox("ls", "/sys/class/net").networkMode("none").build());
        assertEquals("lo", r.output().trim());
    }

    @Test
    public void hostNetworkSeesTheHostInterfaces() throws Exception {
        Set<String> host = new TreeSet<>();
        try (var list = Files.list(Path.of("/sys/class/net"))) {
            list.forEach(p -> host.add(p.getFileName().toString()));
        }
        Result r = run(busybox("ls", "/sys/class/net").networkMode("host").build());
        assertEquals(host, new TreeSet<>(Arrays.asList(r.output().trim().split("\\s+"))));
    }

    @Test
    public void mountNamespaceShowsTheImageNotTheHostRoot() throws Exception {
        Result r = run(busybox("sh", "-c", "ls /; test -e /work && echo host-visible || echo host-hidden").build());
        List<String> lines = Arrays.asList(r.output().trim().split("\\s+"));
        assertTrue(r.output(), lines.containsAll(List.of("bin", "etc", "proc", "tmp")));
        assertTrue(r.output(), lines.contains("host-hidden"));
        assertTrue("the host has /work, the test relies on it", Files.exists(Path.of("/work")));
    }

    @Test
    public void ipcNamespaceHidesAQueueMadeInside() throws Exception {
        String queue = "gantry-it-" + System.nanoTime();
        Result r = run(busybox("sh", "-c", "touch /dev/mqueue/" + queue + " && ls /dev/mqueue && readlink /proc/self/ns/ipc")
                .build());
        assertEquals(r.output(), 0, r.status().exitCode());
        assertTrue(r.output(), r.output().contains(queue));
        assertFalse("the queue made inside is not on the host", hostMqueueHas(queue));
        String hostIpc = Files.readSymbolicLink(Path.of("/proc/self/ns/ipc")).toString();
        assertFalse(r.output(), r.output().contains(hostIpc));
    }

    private static boolean hostMqueueHas(String queue) throws Exception {
        Process p = new ProcessBuilder("unshare", "--mount", "sh", "-c",
                "mount -t mqueue mqueue /dev/mqueue 2>/dev/null || mount -t mqueue mqueue /mnt; ls /dev/mqueue /mnt")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out.contains(queue);
    }

    @Test
    public void userNamespaceMapsRootToAnUnprivilegedHostUid() throws Exception {
        Container c = containers.create(busybox("sh", "-c", "id -u; sleep 30").userns(true).build());
        containers.start(c.id());
        int pid = containers.inspect(c.id()).pid();
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        String uidLine = status.lines().filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow();
        int hostUid = Integer.parseInt(uidLine.split("\\s+")[1]);
        assertNotEquals("container root runs as a non-root host uid", 0, hostUid);
        waitFor("id -u printed", () -> logsOf(c.id()).contains("0"));
        assertEquals("0", logsOf(c.id()).trim());
    }

    @Test
    public void cgroupNamespaceShowsRoot() throws Exception {
        Result r = run(busybox("cat", "/proc/self/cgroup").build());
        assertEquals(r.output(), 0, r.status().exitCode());
        for (String line : r.output().trim().split("\n")) {
            assertTrue("every controller shows / inside: " + line, line.endsWith(":/"));
        }
    }
}
