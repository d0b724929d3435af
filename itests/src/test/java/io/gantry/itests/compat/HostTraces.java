package io.gantry.itests.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the host holds of the engine's containers and networks, read from the kernel and the engine's files:
 * links, iptables rules, the bridge driver's leases, namespace files, mounts and conmon processes.
 */
final class HostTraces {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path leases;

    HostTraces(Path dataRoot) {
        this.leases = dataRoot.resolve("network/bridge/leases.json");
    }

    /** The host end of the container's veth, as the bridge driver recorded it in its leases. */
    String hostVethOf(String containerId) throws IOException {
        for (JsonNode lease : JSON.readTree(leases.toFile())) {
            if (lease.path("containerId").asText().equals(containerId)) {
                return lease.path("hostVeth").asText();
            }
        }
        throw new AssertionError("no lease of " + containerId + " in " + leases);
    }

    /** What is left of a container's endpoint: its veth, rules naming it, its address or port, lease, netns file. */
    List<String> ofEndpoint(String containerId, String hostVeth, String ipv4, int publishedPort) throws Exception {
        List<String> traces = new ArrayList<>();
        if (run("ip", "-o", "link", "show").contains(" " + hostVeth + "@")) {
            traces.add("link " + hostVeth);
        }
        for (String rule : run("iptables-save").lines().toList()) {
            if (rule.contains(containerId) || rule.contains("--dport " + publishedPort + " ")
                    || rule.contains(ipv4 + "/32") || rule.contains(ipv4 + ":")) {
                traces.add("rule " + rule);
            }
        }
        if (Files.exists(leases) && Files.readString(leases).contains(containerId)) {
            traces.add("lease in " + leases);
        }
        Path netns = Distribution.RUN_ROOT.resolve("netns").resolve(containerId);
        if (Files.exists(netns)) {
            traces.add("netns file " + netns);
        }
        return traces;
    }

    /** Mounts naming the container and conmon processes running for it. */
    static List<String> ofProcessesAndMounts(String containerId) throws IOException {
        List<String> traces = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            if (line.contains(containerId)) {
                traces.add("mount " + line.split(" ")[4]);
            }
        }
        conmonsOf(containerId).forEach(pid -> traces.add("conmon " + pid));
        return traces;
    }

    /** The bridge itself and every rule naming it. */
    static List<String> ofBridge(String bridge) throws Exception {
        List<String> traces = new ArrayList<>();
        if (run("ip", "-o", "link", "show").contains(" " + bridge + ":")) {
            traces.add("link " + bridge);
        }
        run("iptables-save").lines().filter(rule -> rule.contains(bridge)).forEach(rule -> traces.add("rule " + rule));
        return traces;
    }

    /** The pids of live conmon processes monitoring the container. */
    static List<Long> conmonsOf(String containerId) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> isConmonFor(p.resolve("cmdline"), containerId))
                    .map(p -> Long.parseLong(p.getFileName().toString())).toList();
        }
    }

    private static boolean isConmonFor(Path cmdline, String containerId) {
        try {
            List<String> argv = Arrays.asList(Files.readString(cmdline).split("\0"));
            int id = argv.indexOf("-c");
            return argv.get(0).endsWith("conmon") && id > 0 && id + 1 < argv.size()
                    && argv.get(id + 1).equals(containerId);
        } catch (IOException gone) {
            return false;
        }
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        return output;
    }
}
