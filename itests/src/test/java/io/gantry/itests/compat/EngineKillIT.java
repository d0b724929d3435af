package io.gantry.itests.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine's JVM dies by SIGKILL while three containers with published ports run on a user network: A
 * lives on, B's process is killed while the engine is down (its conmon records the exit), C's process and
 * conmon are both killed. The restarted engine must adopt A as it is and account for B and C, and removal
 * must leave nothing of any of them on the host.
 */
@ExtendWith(RunningEngine.class)
class EngineKillIT {
    private static final String NETWORK = "compat-kill";
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String HTTPD = "exec httpd -f -p 80 -h /etc";
    private static final String TICKING_HTTPD = "(while true; do echo tick; sleep 1; done) & " + HTTPD;
    private static final Pattern TICK = Pattern.compile("tick");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A running container as the host sees it. */
    private record Web(String id, int port, String veth, String ipv4, long pid, long conmon) {
    }

    private GantryEngine engine;
    private HostTraces host;

    @Test
    void containersOutliveAKill9AndTheRestartedEngineAccountsForEachAndCleansUp(GantryEngine engine) throws Exception {
        this.engine = engine;
        this.host = new HostTraces(engine.dataRoot());
        List<String> made = new ArrayList<>();
        String networkId = null;
        try {
            networkId = createNetwork();
            Web a = run("compat-kill-a", TICKING_HTTPD, made);
            Web b = run("compat-kill-b", HTTPD, made);
            Web c = run("compat-kill-c", HTTPD, made);
            Poll.until("A to log a tick", SETTLE, () -> ticksOf(a) > 0);
            int ticksBeforeKill = ticksOf(a);

            engine.killJvm();
            assertFalse(engine.api().answersPing(), "the engine still answers after its JVM was killed");
            assertEquals(a.id().substring(0, 12), fetchHostname(a.port()), "A while the engine is down");
            killAndAwaitRecordedExit(b);
            killWithItsConmon(c);
            engine.restart();

            Poll.until("B to be exited with 137", SETTLE, () -> hasExited(b, 137));
            Poll.until("C to be exited as lost", SETTLE, () -> hasExited(c, 255));
            JsonNode stateOfC = state(c);
            assertTrue(stateOfC.path("Error").asText().contains("lost"), stateOfC::toString);
            JsonNode stateOfA = state(a);
            assertEquals("running", stateOfA.path("Status").asText(), stateOfA::toString);
            assertEquals(a.pid(), stateOfA.path("Pid").asLong(), "A's process after the restart");
            assertEquals(List.of(a.conmon()), HostTraces.conmonsOf(a.id()), "A's conmon after the restart");
            assertEquals(a.conmon(), conmonPidFileOf(a.id()));
            assertEquals(a.id().substring(0, 12), fetchHostname(a.port()), "A after the restart");
            assertEquals(Map.of(a.id(), "running", b.id(), "exited", c.id(), "exited"), psStates(), "docker ps -a");
            int ticksAfterRestart = ticksOf(a);
            assertTrue(ticksAfterRestart > ticksBeforeKill, "A's logs hold what it logged while the engine was down");
            Poll.until("docker logs of A to show ticks logged after the restart", SETTLE,
                    () -> ticksOf(a) > ticksAfterRestart);
            for (Web gone : List.of(b, c)) {
                awaitNone("endpoint of " + gone, () -> endpointOf(gone));
            }
            assertEquals(a.veth(), host.hostVethOf(a.id()), "A's lease after the restart");

            for (Web web : List.of(a, b, c)) {
                assertEquals(204, engine.api().delete("/containers/" + web.id() + "?force=1").status());
                made.remove(web.id());
            }
            assertEquals(204, engine.api().delete("/networks/" + NETWORK).status());
            for (Web web : List.of(a, b, c)) {
                assertEquals(List.of(), endpointOf(web), "endpoint of " + web);
                assertEquals(List.of(), HostTraces.ofProcessesAndMounts(web.id()), "processes and mounts of " + web);
            }
            assertEquals(List.of(), HostTraces.ofBridge("gtbr-" + networkId.substring(0, 10)));
            networkId = null;
        } finally {
            removeAfterFailure(made, networkId);
        }
    }

    private String createNetwork() throws Exception {
        HttpReply created = engine.api().post("/networks/create",
                "{\"Name\":\"" + NETWORK + "\",\"Driver\":\"bridge\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("Id").asText();
    }

    private Web run(String name, String script, List<String> made) throws Exception {
        int port = freePort();
        String body = "{\"Image\":\"busybox\",\"Cmd\":[\"sh\",\"-c\",\"" + script + "\"],"
                + "\"ExposedPorts\":{\"80/tcp\":{}},\"HostConfig\":{\"NetworkMode\":\"" + NETWORK + "\","
                + "\"PortBindings\":{\"80/tcp\":[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"" + port + "\"}]}}}";
        HttpReply created = engine.api().post("/containers/create?name=" + name, body);
        assertEquals(201, created.status(), created::toString);
        String id = created.json().path("Id").asText();
        made.add(id);
        HttpReply started = engine.api().post("/containers/" + id + "/start", null);
        assertEquals(204, started.status(), started::toString);
        assertEquals(id.substring(0, 12), fetchHostname(port), name + " on its published port");
        JsonNode inspected = engine.api().get("/containers/" + id + "/json").json();
        String ipv4 = inspected.path("NetworkSettings").path("Networks").path(NETWORK).path("IPAddress").asText();
        return new Web(id, port, host.hostVethOf(id), ipv4, inspected.path("State").path("Pid").asLong(),
                conmonPidFileOf(id));
    }

    /** SIGKILL to the container's process while the engine is down: its conmon records 137 and ends. */
    private void killAndAwaitRecordedExit(Web web) {
        assertTrue(ProcessHandle.of(web.pid()).orElseThrow().destroyForcibly());
        Path exitFile = Distribution.RUN_ROOT.resolve("shim/exits").resolve(web.id());
        Poll.until("conmon to record the exit of " + web.id(), SETTLE, () -> Files.exists(exitFile)
                && HostTraces.conmonsOf(web.id()).isEmpty());
    }

    /** SIGKILL to conmon first, so that nothing records how the container's process then ends. */
    private void killWithItsConmon(Web web) {
        for (long pid : List.of(web.conmon(), web.pid())) {
            assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly());
            Poll.until("process " + pid + " of " + web.id() + " to end", SETTLE, () -> hasEnded(pid));
        }
        assertFalse(Files.exists(Distribution.RUN_ROOT.resolve("shim/exits").resolve(web.id())));
    }

    /** Gone, or a zombie: this host's init reaps orphans only now and then. */
    private static boolean hasEnded(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String fields = Files.readString(stat);
        return fields.substring(fields.lastIndexOf(')') + 2).startsWith("Z");
    }

    private boolean hasExited(Web web, int exitCode) throws Exception {
        JsonNode state = state(web);
        return state.path("Status").asText().equals("exited") && state.path("ExitCode").asInt() == exitCode;
    }

    private JsonNode state(Web web) throws Exception {
        return engine.api().get("/containers/" + web.id() + "/json").json().path("State");
    }

    private Map<String, String> psStates() throws Exception {
        HttpReply ps = engine.api().get("/containers/json?all=1&filters=" + URLEncoder.encode(
                "{\"name\":[\"compat-kill-\"]}", StandardCharsets.UTF_8));
        assertEquals(200, ps.status(), ps::toString);
        Map<String, String> states = new HashMap<>();
        ps.json().forEach(container -> states.put(container.path("Id").asText(), container.path("State").asText()));
        return states;
    }

    private int ticksOf(Web web) throws Exception {
        HttpReply logs = engine.api().get("/containers/" + web.id() + "/logs?stdout=1&stderr=1");
        assertEquals(200, logs.status(), logs::toString);
        Matcher ticks = TICK.matcher(logs.text());
        int count = 0;
        while (ticks.find()) {
            count++;
        }
        return count;
    }

    private static void awaitNone(String what, Callable<List<String>> traces) throws Exception {
        try {
            Poll.until("no " + what, SETTLE, () -> traces.call().isEmpty());
        } catch (AssertionError timedOut) {
            assertEquals(List.of(), traces.call(), what);
            throw timedOut;
        }
    }

    private List<String> endpointOf(Web web) throws Exception {
        return host.ofEndpoint(web.id(), web.veth(), web.ipv4(), web.port());
    }

    private static long conmonPidFileOf(String id) throws Exception {
        Path pidFile = Distribution.RUN_ROOT.resolve("shim").resolve(id).resolve("conmon.pid");
        return Long.parseLong(Files.readString(pidFile).strip());
    }

    private static String fetchHostname(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hostname"))
                .timeout(Duration.ofSeconds(3)).build();
        String[] body = new String[1];
        Poll.until("an answer on 127.0.0.1:" + port, SETTLE, () -> {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            body[0] = response.body().trim();
            return response.statusCode() == 200;
        });
        return body[0];
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** After a failure: an engine that is still down is started again, so that it can remove what is left. */
    private void removeAfterFailure(List<String> containers, String networkId) throws Exception {
        if (containers.isEmpty() && networkId == null) {
            return;
        }
        if (!engine.api().answersPing()) {
            engine.restart();
        }
        for (String id : containers) {
            engine.api().delete("/containers/" + id + "?force=1");
        }
        if (networkId != null) {
            engine.api().delete("/networks/" + networkId);
        }
    }
}
