package io.gantry.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real cgroup v1 directory, gantry-test-&lt;random&gt;, under each of the given controllers' mounts, and the
 * processes started in it. Closing kills the processes and removes the directories.
 */
public final class KernelCgroup implements AutoCloseable {
    public static final Path V1_ROOT = Path.of("/sys/fs/cgroup");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String cgroupsPath;
    private final List<Path> dirs = new ArrayList<>();
    private final List<Process> members = new ArrayList<>();

    private KernelCgroup(String cgroupsPath) {
        this.cgroupsPath = cgroupsPath;
    }

    /** Skips the calling test unless every controller's v1 mount is writable (root on a cgroup v1 host). */
    public static KernelCgroup create(String... controllers) throws IOException {
        for (String controller : controllers) {
            assumeTrue(Files.isWritable(V1_ROOT.resolve(controller).resolve("cgroup.procs")),
                    "needs root and a cgroup v1 " + controller + " mount");
        }
        KernelCgroup cgroup = new KernelCgroup("/gantry-test-" + UUID.randomUUID());
        try {
            for (String controller : controllers) {
                cgroup.dirs.add(Files.createDirectory(cgroup.dir(controller)));
            }
        } catch (IOException | RuntimeException e) {
            cgroup.close();
            throw e;
        }
        return cgroup;
    }

    /** The path relative to each controller's mount, as linux.cgroupsPath carries it: /gantry-test-&lt;random&gt;. */
    public String cgroupsPath() {
        return cgroupsPath;
    }

    public Path dir(String controller) {
        return V1_ROOT.resolve(controller).resolve(cgroupsPath.substring(1));
    }

    /** Starts {@code command} under busybox sh after the shell has moved itself into every directory. */
    public Process startMember(String command) throws IOException {
        StringBuilder script = new StringBuilder();
        for (Path dir : dirs) {
            script.append("echo $$ > ").append(dir.resolve("cgroup.procs")).append(" && ");
        }
        script.append(command);
        Process process = new ProcessBuilder("/bin/busybox", "sh", "-c", script.toString())
                .redirectInput(new File("/dev/null")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        members.add(process);
        return process;
    }

    /** Waits until {@code process} shows up in every directory's cgroup.procs. */
    public void awaitMember(Process process) {
        String pid = Long.toString(process.pid());
        Await.until("pid " + pid + " to join " + cgroupsPath, TIMEOUT,
                () -> dirs.stream().allMatch(dir -> procs(dir).contains(pid)));
    }

    @Override
    public void close() {
        for (Process process : members) {
            process.destroyForcibly();
            Await.until("pid " + process.pid() + " to exit", TIMEOUT, () -> !process.isAlive());
        }
        for (Path dir : dirs) {
            Await.until("rmdir " + dir, TIMEOUT, () -> dir.toFile().delete() || !Files.exists(dir));
        }
    }

    private static List<String> procs(Path dir) {
        try {
            return Files.readAllLines(dir.resolve("cgroup.procs"));
        } catch (IOException e) {
            return List.of();
        }
    }
}
