package io.gantry.itests;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host side of container networking as the tests see it: links, iptables rules, the bridge driver's leases
 * and the engine's namespace files; and published ports fetched over 127.0.0.1.
 */
final class HostNetwork {
    private HostNetwork() {
    }

    static Path leases() {
        return Path.of(System.getProperty("gantry.it.dataRoot"), "network", "bridge", "leases.json");
    }

    /** The host end of the container's veth, as the bridge driver recorded it. */
    static String hostVethOf(String containerId) throws IOException {
        Matcher veth = Pattern.compile("\"containerId\"\\s*:\\s*\"" + containerId
                + "\"[^}]*?\"hostVeth\"\\s*:\\s*\"(\\w+)\"").matcher(Files.readString(leases()));
        assertTrue("a lease of " + containerId, veth.find());
        return veth.group(1);
    }

    /** The interfaces attached to a bridge. */
    static List<String> portsOf(String bridge) throws Exception {
        return run("ip", "-o", "link", "show", "master", bridge).lines()
                .map(line -> line.split(": ")[1].split("@")[0]).toList();
    }

    /**
     * What is left of a container's endpoint: its veth (unless null), rules, DNAT of its ports, lease and
     * namespace file.
     */
    static List<String> tracesOf(String containerId, String hostVeth, int... publishedPorts) throws Exception {
        List<String> traces = new ArrayList<>();
        if (hostVeth != null && run("ip", "-o", "link", "show").contains(" " + hostVeth + "@")) {
            traces.add("link " + hostVeth);
        }
        for (String rule : run("iptables-save").lines().toList()) {
            boolean dnatOfPort = false;
            for (int port : publishedPorts) {
                dnatOfPort |= rule.contains("--dport " + port + " ") && rule.contains("DNAT");
            }
            if (rule.contains(containerId) || dnatOfPort) {
                traces.add("rule " + rule);
            }
        }
        if (Files.exists(leases()) && Files.readString(leases()).contains(containerId)) {
            traces.add("lease in " + leases());
        }
        Path netns = Path.of(System.getProperty("gantry.it.runRoot"), "netns", containerId);
        if (Files.exists(netns)) {
            traces.add("netns file " + netns);
        }
        if (Files.readString(Path.of("/proc/self/mountinfo")).contains(containerId)) {
            traces.add("mount naming " + containerId);
        }
        return traces;
    }

    /** Waits until 127.0.0.1:port answers GET /hostname with 200 and returns the body. */
    static String fetch(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hostname"))
                .timeout(Duration.ofSeconds(3)).build();
        String[] body = new String[1];
        GantryTestSupport.waitFor("an answer on 127.0.0.1:" + port, () -> {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                body[0] = response.body();
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return body[0].trim();
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(String.join(" ", command) + " finished", process.waitFor(20, TimeUnit.SECONDS));
        return output;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
