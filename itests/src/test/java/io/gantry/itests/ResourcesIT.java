package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** cgroup limits enforced by the kernel on real containers. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ResourcesIT extends GantryTestSupport {

    @After
    public void removeAll() {
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
    }

    @Test
    public void memoryLimitOomKillsAndInspectReportsIt() throws Exception {
        Result r = run(busybox("dd", "if=/dev/zero", "of=/dev/null", "bs=64M", "count=1")
                .resources(Resources.NONE.withMemory(16L * 1024 * 1024)).build());
        assertEquals(r.output(), 137, r.status().exitCode());
        assertTrue("wait reports the OOM kill", r.status().oomKilled());
        Container c = containers.inspect(r.id());
        assertTrue("inspect reports the OOM kill", c.oomKilled());
        assertEquals(Integer.valueOf(137), c.exitCode());
    }

    @Test
    public void memoryUnderTheLimitRunsFine() throws Exception {
        Result r = run(busybox("dd", "if=/dev/zero", "of=/dev/null", "bs=4M", "count=1")
                .resources(Resources.NONE.withMemory(32L * 1024 * 1024)).build());
        assertEquals(r.output(), 0, r.status().exitCode());
    }

    @Test
    public void pidsLimitStopsAForkBomb() throws Exception {
        long limit = 24;
        Container c = containers.create(busybox("sh", "-c", "bomb() { bomb | bomb & }; bomb; sleep 60")
                .resources(Resources.NONE.withPidsLimit(limit)).build());
        containers.start(c.id());
        Path current = Path.of("/sys/fs/cgroup/pids/gantry", c.id(), "pids.current");
        waitFor("the fork bomb fills its pids limit", () -> readLong(current) >= limit - 2);
        for (int i = 0; i < 20; i++) {
            long now = readLong(current);
            assertTrue("pids.current " + now + " stays within " + limit, now <= limit);
        }
        long failures = Long.parseLong(Files.readString(current.resolveSibling("pids.events")).trim().split("\\s+")[1]);
        assertTrue("forks were refused", failures > 0);
        containers.remove(c.id(), true);
        assertTrue("the cgroup is removed", !Files.exists(current.getParent()));
    }

    private static long readLong(Path file) throws Exception {
        return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : 0;
    }
}
