package io.gantry.itests.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.HealthState;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.HealthCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/** Testcontainers, unchanged, drives the engine through DOCKER_HOST as it would drive Docker. */
@ExtendWith(RunningEngine.class)
class TestcontainersIT {
    private static final DockerImageName BUSYBOX = DockerImageName.parse("busybox:latest");
    private static final long MEMORY_LIMIT = 64L * 1024 * 1024;

    @Test
    void runsExecsLogsAndRemovesABusyboxContainer(GantryEngine engine) throws Exception {
        String id;
        try (GenericContainer<?> busybox = new GenericContainer<>(BUSYBOX)
                .withCommand("sh", "-c", "echo compat ready; exec sleep 300")
                .waitingFor(Wait.forLogMessage(".*ready.*", 1).withStartupTimeout(Duration.ofSeconds(60)))) {
            busybox.start();
            id = busybox.getContainerId();

            ExecResult hostname = busybox.execInContainer("hostname");
            assertEquals(0, hostname.getExitCode(), hostname::getStderr);
            assertEquals(id.substring(0, 12), hostname.getStdout().trim());
            assertTrue(busybox.getLogs().contains("compat ready"), busybox::getLogs);

            busybox.stop();
        }
        assertFalse(engine.containerIds().contains(id), "stop() left the container " + id);
    }

    @Test
    void busyboxImageResolvesWithoutARegistry(GantryEngine engine) throws IOException {
        HttpReply pulled = engine.api().post("/images/create?fromImage=busybox&tag=latest", null);
        assertEquals(200, pulled.status(), pulled::toString);
        HttpReply inspected = engine.api().get("/images/busybox:latest/json");
        assertEquals(200, inspected.status(), inspected::toString);
        assertTrue(inspected.json().path("Id").asText().startsWith("sha256:"), inspected::toString);
    }

    @Test
    void anExposedPortIsServedOnTheMappedHostPort(GantryEngine engine) throws Exception {
        String id;
        try (GenericContainer<?> web = httpd().withExposedPorts(80)
                .waitingFor(Wait.forHttp("/hostname").withStartupTimeout(Duration.ofSeconds(60)))) {
            web.start();
            id = web.getContainerId();

            assertEquals("localhost", web.getHost());
            String url = "http://" + web.getHost() + ":" + web.getMappedPort(80) + "/hostname";
            assertEquals(id.substring(0, 12), HostHttp.getText(url).trim(), url);
        }
        assertFalse(engine.containerIds().contains(id), "close() left the container " + id);
    }

    @Test
    void filesAreCopiedInBeforeStartAndWhileRunningAndCopiedOut(@TempDir Path tmp) throws Exception {
        Path hostFile = Files.writeString(tmp.resolve("x.txt"), "from a host file\n");
        try (GenericContainer<?> busybox = sleeper()
                .withCopyFileToContainer(MountableFile.forHostPath(hostFile), "/tmp/x.txt")
                .withCopyToContainer(Transferable.of("from memory\n"), "/opt/greeting/hello.txt")) {
            busybox.start();

            assertEquals("from a host file", exec(busybox, "cat", "/tmp/x.txt"));
            assertEquals("from memory", exec(busybox, "cat", "/opt/greeting/hello.txt"));
            busybox.copyFileToContainer(Transferable.of("copied while running\n"), "/tmp/late.txt");
            assertEquals("copied while running", exec(busybox, "cat", "/tmp/late.txt"));

            exec(busybox, "sh", "-c", "echo made inside > /tmp/made.txt");
            assertEquals("made inside\n", busybox.copyFileFromContainer("/tmp/made.txt",
                    in -> new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            Path copiedOut = tmp.resolve("x-back.txt");
            busybox.copyFileFromContainer("/tmp/x.txt", copiedOut.toString());
            assertEquals("from a host file\n", Files.readString(copiedOut));
        }
    }

    @Test
    void bindsAreWritableOrReadOnlyAndATmpfsIsMounted(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectory(tmp.resolve("data"));
        Path config = Files.createDirectory(tmp.resolve("config"));
        Files.writeString(config.resolve("in.txt"), "host config\n");
        try (GenericContainer<?> busybox = sleeper()
                .withFileSystemBind(data.toString(), "/data", BindMode.READ_WRITE)
                .withFileSystemBind(config.toString(), "/config", BindMode.READ_ONLY)
                .withTmpFs(Map.of("/scratch", "rw"))) {
            busybox.start();

            exec(busybox, "sh", "-c", "echo written inside > /data/out.txt");
            assertEquals("written inside\n", Files.readString(data.resolve("out.txt")));
            assertEquals("host config", exec(busybox, "cat", "/config/in.txt"));
            ExecResult refused = busybox.execInContainer("sh", "-c", "echo nope > /config/nope.txt");
            assertNotEquals(0, refused.getExitCode(), refused::getStdout);
            assertFalse(Files.exists(config.resolve("nope.txt")), "a read-only bind was written");

            exec(busybox, "sh", "-c", "echo scratch > /scratch/f");
            assertTrue(exec(busybox, "grep", " /scratch ", "/proc/mounts").startsWith("tmpfs /scratch tmpfs rw"),
                    "/scratch is not a writable tmpfs");
        }
    }

    @Test
    void aContainerReachesAnotherByItsNetworkAlias(GantryEngine engine) throws Exception {
        String networkId;
        try (Network network = Network.newNetwork();
                GenericContainer<?> web = httpd().withNetwork(network).withNetworkAliases("web");
                GenericContainer<?> client = sleeper().withNetwork(network)) {
            web.start();
            client.start();
            networkId = network.getId();

            ExecResult[] fetched = new ExecResult[1];
            Poll.until("wget http://web/hostname to answer in the client", Duration.ofSeconds(30), () -> {
                fetched[0] = client.execInContainer("wget", "-q", "-O", "-", "http://web/hostname");
                return fetched[0].getExitCode() == 0;
            });
            assertEquals(web.getContainerId().substring(0, 12), fetched[0].getStdout().trim());
        }
        HttpReply gone = engine.api().get("/networks/" + networkId);
        assertEquals(404, gone.status(), "Network.close() left the network: " + gone);
    }

    @Test
    void envLabelsCommandAndMemoryLimitReachTheContainer() throws Exception {
        List<String> command = List.of("sh", "-c", "echo \"greeting is $GREETING\"; exec sleep 300");
        try (GenericContainer<?> busybox = new GenericContainer<>(BUSYBOX).withEnv("GREETING", "hello")
                .withLabel("io.gantry.test", "compat").withCommand(command.toArray(String[]::new))
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withMemory(MEMORY_LIMIT))
                .waitingFor(Wait.forLogMessage("greeting is hello\\n", 1))) {
            busybox.start();

            InspectContainerResponse info = busybox.getContainerInfo();
            assertTrue(info.getState().getRunning(), () -> "not running: " + info.getState());
            assertTrue(List.of(info.getConfig().getEnv()).contains("GREETING=hello"), info.getConfig()::toString);
            assertEquals("compat", info.getConfig().getLabels().get("io.gantry.test"));
            assertEquals("true", info.getConfig().getLabels().get("org.testcontainers"));
            assertEquals(command, List.of(info.getConfig().getCmd()));
            assertEquals(Long.valueOf(MEMORY_LIMIT), info.getHostConfig().getMemory());
            assertEquals("busybox:latest", info.getConfig().getImage());
            Path limit = Path.of("/sys/fs/cgroup/memory/gantry", info.getId(), "memory.limit_in_bytes");
            assertEquals(Long.toString(MEMORY_LIMIT), Files.readString(limit).trim());
        }
    }

    @Test
    void aOneShotContainerThatExitsZeroStartsAndOneThatExitsThreeFails() {
        RecordingOneShotCheck passing = new RecordingOneShotCheck().withTimeout(Duration.ofSeconds(30));
        try (GenericContainer<?> done = new GenericContainer<>(BUSYBOX).withCommand("sh", "-c", "echo finished")
                .withStartupCheckStrategy(passing)) {
            done.start();
            assertEquals(Long.valueOf(0), passing.exitCode());
            assertEquals("finished\n", done.getLogs());
        }

        RecordingOneShotCheck failing = new RecordingOneShotCheck().withTimeout(Duration.ofSeconds(30));
        try (GenericContainer<?> exits = new GenericContainer<>(BUSYBOX).withCommand("sh", "-c", "exit 3")
                .withStartupCheckStrategy(failing)) {
            assertThrows(ContainerLaunchException.class, exits::start);
            assertEquals(Long.valueOf(3), failing.exitCode());
        }
    }

    @Test
    void waitForHealthcheckWaitsUntilTheProbePasses() {
        HealthCheck check = new HealthCheck().withTest(List.of("CMD-SHELL", "test -f /tmp/ready"))
                .withInterval(Duration.ofMillis(500).toNanos()).withRetries(30);
        try (GenericContainer<?> box = new GenericContainer<>(BUSYBOX)
                .withCommand("sh", "-c", "sleep 2; touch /tmp/ready; exec sleep 300")
                .withCreateContainerCmdModifier(cmd -> cmd.withHealthcheck(check))
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofSeconds(60)))) {
            box.start();

            HealthState health = box.getCurrentContainerInfo().getState().getHealth();
            assertEquals("healthy", health.getStatus());
            assertEquals(0, health.getFailingStreak());
            assertTrue(health.getLog().stream().anyMatch(r -> r.getExitCodeLong() == 0), health::toString);
            assertTrue(box.isHealthy());
        }
    }

    private static GenericContainer<?> httpd() {
        return new GenericContainer<>(BUSYBOX).withCommand("httpd", "-f", "-p", "80", "-h", "/etc");
    }

    private static GenericContainer<?> sleeper() {
        return new GenericContainer<>(BUSYBOX).withCommand("sleep", "300");
    }

    /** Runs a command that must succeed and answers its trimmed standard output. */
    private static String exec(GenericContainer<?> container, String... command) throws Exception {
        ExecResult result = container.execInContainer(command);
        assertEquals(0, result.getExitCode(), () -> String.join(" ", command) + ": " + result.getStderr());
        return result.getStdout().trim();
    }
}
