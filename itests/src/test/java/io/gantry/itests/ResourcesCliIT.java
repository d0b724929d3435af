package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** docker run's and docker update's resource, OOM and cgroup options, seen by the process and the kernel. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ResourcesCliIT extends DockerCliTestSupport {
    private static final Path V1 = Path.of("/sys/fs/cgroup");
    private static final String TEST_PARENT = "gantry-it-parent";

    @Test
    public void theProcessGetsItsOomScoreAndRunsUnderItsLimits() throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--rm", "--cpuset-cpus", "0", "--memory-reservation",
                "32m", "--oom-score-adj", "500"));
        if (Files.exists(V1.resolve("blkio/blkio.weight"))) {
            args.addAll(List.of("--blkio-weight", "300"));
        }
        args.addAll(List.of("busybox", "sh", "-c", "cat /proc/self/oom_score_adj; grep Cpus_allowed_list"
                + " /proc/self/status"));
        Cli run = ok(docker(args.toArray(String[]::new)));
        List<String> lines = run.output().lines().map(String::trim).toList();
        assertEquals(run.output(), "500", lines.get(0));
        assertTrue(run.output(), lines.contains("Cpus_allowed_list:\t0") || lines.contains("Cpus_allowed_list: 0"));
    }

    @Test
    public void outOfRangeOomScoreIsRefusedInDockersWords() throws Exception {
        Cli run = docker("run", "--rm", "--oom-score-adj", "1001", "busybox", "true");
        assertNotEquals(run.output(), 0, run.exit());
        assertTrue(run.output(), run.output().contains("Invalid value 1001, range for oom score adj is [-1000, 1000]"));
    }

    @Test
    public void inspectShowsTheLimitsAndUpdateChangesTheCgroup() throws Exception {
        ok(docker("run", "-d", "--name", "limited", "--cpuset-cpus", "0", "--memory-reservation", "32m",
                "--oom-score-adj", "500", "busybox", "sleep", "300"));
        Cli inspect = ok(docker("inspect", "-f", "{{.HostConfig.CpusetCpus}} {{.HostConfig.MemoryReservation}} "
                + "{{.HostConfig.OomScoreAdj}} {{.HostConfig.CgroupnsMode}}", "limited"));
        assertEquals(inspect.output(), "0 33554432 500 private", inspect.output().trim());
        Path memory = V1.resolve("memory" + cgroupOf("limited", "memory"));
        assertEquals(String.valueOf(32L << 20), read(memory.resolve("memory.soft_limit_in_bytes")));

        ok(docker("update", "--memory", "64m", "--memory-swap", "128m", "--cpuset-cpus", "0", "limited"));
        assertEquals(String.valueOf(64L << 20), read(memory.resolve("memory.limit_in_bytes")));
        if (Files.exists(memory.resolve("memory.memsw.limit_in_bytes"))) {
            assertEquals(String.valueOf(128L << 20), read(memory.resolve("memory.memsw.limit_in_bytes")));
        }
        assertEquals("0", read(V1.resolve("cpuset" + cgroupOf("limited", "cpuset")).resolve("cpuset.cpus")));
        Cli after = ok(docker("inspect", "-f", "{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}", "limited"));
        assertEquals(after.output(), (64L << 20) + " " + (128L << 20), after.output().trim());
    }

    @Test
    public void cpusThatAreNotThereAreRefusedNamingThoseThatAre() throws Exception {
        String there = read(V1.resolve("cpuset/cpuset.cpus"));
        Cli run = docker("run", "--rm", "--cpuset-cpus", "99", "busybox", "true");
        assertNotEquals(run.output(), 0, run.exit());
        assertTrue(run.output(), run.output().contains("99") && run.output().contains(there));
        ok(docker("run", "-d", "--name", "pinned", "busybox", "sleep", "300"));
        Cli update = docker("update", "--cpuset-cpus", "99", "pinned");
        assertNotEquals(update.output(), 0, update.exit());
        assertTrue(update.output(), update.output().contains("99") && update.output().contains(there));
    }

    @Test
    public void cgroupParentAndTheHostsCgroupNamespaceShowTheWholePath() throws Exception {
        try {
            Cli own = ok(docker("run", "--rm", "busybox", "grep", ":memory:", "/proc/self/cgroup"));
            assertTrue(own.output(), own.output().trim().endsWith(":memory:/"));
            Cli host = ok(docker("run", "--rm", "--cgroupns", "host", "--cgroup-parent", "/" + TEST_PARENT,
                    "busybox", "grep", ":memory:", "/proc/self/cgroup"));
            assertTrue(host.output(), host.output().trim().matches(".*:memory:/" + TEST_PARENT + "/[0-9a-f]{64}"));
            Cli bad = docker("run", "--rm", "--cgroup-parent", "../escape", "busybox", "true");
            assertNotEquals(bad.output(), 0, bad.exit());
            assertTrue(bad.output(), bad.output().contains("invalid --cgroup-parent '../escape'"));
        } finally {
            File[] hierarchies = V1.toFile().listFiles();
            for (File hierarchy : hierarchies == null ? new File[0] : hierarchies) {
                new File(hierarchy, TEST_PARENT).delete();
            }
        }
    }

    /** The container's cgroup in one v1 hierarchy, as the kernel lists it for its first process. */
    private String cgroupOf(String name, String controller) throws Exception {
        String pid = ok(docker("inspect", "-f", "{{.State.Pid}}", name)).output().trim();
        for (String line : Files.readAllLines(Path.of("/proc", pid, "cgroup"))) {
            String[] fields = line.split(":", 3);
            if (List.of(fields[1].split(",")).contains(controller)) {
                return fields[2];
            }
        }
        throw new AssertionError("no " + controller + " cgroup for " + name);
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file).trim();
    }
}
