package io.gantry.itests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What a stream leaves in the engine while it is served: API workers in a route, stdin relay threads, and the
 * connections to a container's conmon attach socket. The tests run inside the engine's JVM, so they see its threads.
 */
final class StreamLeftovers {
    private static final Pattern CLOSED_PEER = Pattern.compile("\\* 0\\s+users:");

    private StreamLeftovers() {
    }

    /** API worker threads whose stack runs through the given daemon class. */
    static long workersIn(String daemonClass) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("gantry-api-"))
                .filter(e -> Arrays.stream(e.getValue())
                        .anyMatch(frame -> frame.getClassName().endsWith("." + daemonClass)))
                .count();
    }

    /** The threads that carry a client's stdin to a process. */
    static long stdinRelays() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("gantry-api-stdin")).count();
    }

    /**
     * Connections to the attach socket of the container's conmon that still have a client end, as ss lists them;
     * conmon itself keeps its end of a closed one until it next writes output.
     */
    static long conmonAttachConnections(String containerId) throws Exception {
        Optional<ProcessHandle> conmon = ProcessHandle.allProcesses().filter(p -> p.info().command()
                .map(c -> c.endsWith("/conmon")).orElse(false) && p.info().arguments()
                .map(a -> Arrays.asList(a).contains(containerId)).orElse(false)).findFirst();
        if (conmon.isEmpty()) {
            return 0;
        }
        Process ss = new ProcessBuilder("ss", "-x", "-p", "-H", "state", "established").redirectErrorStream(true)
                .start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ss.waitFor(10, TimeUnit.SECONDS);
        String owner = "pid=" + conmon.get().pid() + ",";
        return out.lines().filter(line -> line.contains(owner) && line.contains("/attach"))
                .filter(line -> !CLOSED_PEER.matcher(line).find()).count();
    }
}
