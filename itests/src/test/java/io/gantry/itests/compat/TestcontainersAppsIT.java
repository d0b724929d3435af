package io.gantry.itests.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import io.gantry.itests.AppImages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/** Testcontainers runs the images built from Debian packages (redis, nginx, postgres) as its users run theirs. */
@ExtendWith(RunningEngine.class)
class TestcontainersAppsIT {
    private static final DockerImageName REDIS = DockerImageName.parse(AppImages.REDIS);
    private static final DockerImageName NGINX = DockerImageName.parse(AppImages.NGINX);
    private static final DockerImageName POSTGRES = DockerImageName.parse(AppImages.POSTGRES);
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String VOLUME = "tc-apps-redis-data";

    @BeforeAll
    static void loadTheImages(GantryEngine engine) throws Exception {
        if (engine.api().get("/images/" + AppImages.NGINX + "/json").status() == 200) {
            return;
        }
        Process load = new ProcessBuilder("docker", "load", "-i", AppImages.archive().toString())
                .redirectErrorStream(true).start();
        String output = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, load.waitFor(), output);
    }

    @Test
    void redisWithTheImagesCommandAnswersPingOnTheMappedPort() throws Exception {
        try (GenericContainer<?> redis = new GenericContainer<>(REDIS).withExposedPorts(6379)
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1).withStartupTimeout(STARTUP))) {
            redis.start();

            assertEquals(List.of("redis-server", "--protected-mode", "no"),
                    List.of(redis.getContainerInfo().getConfig().getCmd()), "an empty Cmd means the image's");
            assertEquals("+PONG", redisCommand(redis.getHost(), redis.getMappedPort(6379), "PING"));
            assertEquals("PONG", exec(redis, "redis-cli", "ping"));
        }
    }

    @Test
    void theImagesHealthCheckGatesTheStartOfRedisAndPostgres() throws Exception {
        try (GenericContainer<?> redis = new GenericContainer<>(REDIS)
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(STARTUP));
                GenericContainer<?> postgres = new GenericContainer<>(POSTGRES).withExposedPorts(5432)
                        .waitingFor(Wait.forHealthcheck().withStartupTimeout(STARTUP))) {
            redis.start();
            postgres.start();

            assertTrue(redis.isHealthy());
            assertTrue(postgres.isHealthy());
            assertEquals("42", exec(postgres, "psql", "-U", "postgres", "-Atc", "select 42"));
            assertTrue(postgres.getLogs().contains("database system is ready to accept connections"),
                    postgres::getLogs);
        }
    }

    @Test
    void aContainerReachesRedisByItsNetworkAlias() throws Exception {
        try (Network network = Network.newNetwork();
                GenericContainer<?> redis = new GenericContainer<>(REDIS).withNetwork(network)
                        .withNetworkAliases("cache").waitingFor(Wait.forHealthcheck().withStartupTimeout(STARTUP));
                GenericContainer<?> client = new GenericContainer<>(NGINX).withNetwork(network)) {
            redis.start();
            client.start();

            assertEquals("OK", exec(client, "redis-cli", "-h", "cache", "set", "greeting", "hello"));
            assertEquals("hello", exec(redis, "redis-cli", "get", "greeting"));
        }
    }

    @Test
    void aFileCopiedIntoNginxIsServedOnTheMappedPort() throws Exception {
        try (GenericContainer<?> nginx = new GenericContainer<>(NGINX).withExposedPorts(80)
                .waitingFor(Wait.forHttp("/").withStartupTimeout(STARTUP))) {
            nginx.start();
            String url = "http://" + nginx.getHost() + ":" + nginx.getMappedPort(80);
            assertEquals("served by gantry-test/nginx\n", HostHttp.getText(url + "/"));

            nginx.copyFileToContainer(Transferable.of("copied in\n"), "/var/www/html/copied.txt");
            assertEquals("copied in\n", HostHttp.getText(url + "/copied.txt"));
            Poll.until("the access log line of /copied.txt", STARTUP,
                    () -> nginx.getLogs().contains("\"GET /copied.txt HTTP/1.1\" 200"));
        }
    }

    @Test
    void redisDataInANamedVolumeOutlivesItsContainer(GantryEngine engine) throws Exception {
        try {
            try (GenericContainer<?> first = redisOnVolume()) {
                first.start();
                assertEquals("OK", exec(first, "redis-cli", "set", "kept", "across containers"));
                assertEquals("OK", exec(first, "redis-cli", "save"));
            }
            try (GenericContainer<?> second = redisOnVolume()) {
                second.start();
                assertEquals("across containers", exec(second, "redis-cli", "get", "kept"));
            }
        } finally {
            engine.api().delete("/volumes/" + VOLUME + "?force=1");
        }
    }

    private static GenericContainer<?> redisOnVolume() {
        return new GenericContainer<>(REDIS)
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withBinds(new Bind(VOLUME,
                        new Volume("/data"))))
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1).withStartupTimeout(STARTUP));
    }

    /** Sends one inline command over RESP and answers the first line of the reply. */
    private static String redisCommand(String host, int port, String command) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    /** Runs a command that must succeed and answers its trimmed standard output. */
    private static String exec(GenericContainer<?> container, String... command) throws Exception {
        ExecResult result = container.execInContainer(command);
        assertEquals(0, result.getExitCode(), () -> String.join(" ", command) + ": " + result.getStderr());
        return result.getStdout().trim();
    }
}
