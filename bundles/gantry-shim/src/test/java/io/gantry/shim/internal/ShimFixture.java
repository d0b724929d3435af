package io.gantry.shim.internal;

import io.gantry.natives.Syscalls;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.testkit.ConfigAnnotations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Hand-made shim configuration and a look at the live conmon processes. */
final class ShimFixture {
    private ShimFixture() {
    }

    /** The real libc bindings, which the attach socket needs. */
    static Syscalls syscalls() {
        return new LibcSyscalls();
    }

    static ConmonConfig config(Path runRoot, String binary) {
        return config(runRoot, binary, 30);
    }

    static ConmonConfig config(Path runRoot, String binary, int createTimeout) {
        return ConfigAnnotations.of(ConmonConfig.class,
                Map.of("binary", binary, "create_timeout", createTimeout));
    }

    /** Pids of live conmon processes for container {@code id}, found by scanning /proc. */
    static List<Integer> conmonsOf(String id) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .map(Integer::valueOf).filter(pid -> ConmonProcesses.isConmonFor(pid, id)).toList();
        }
    }

    static boolean threadRuns(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
