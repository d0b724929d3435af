package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.gantry.itests.DockerCli.Cli;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * docker-compose 1.29 runs a database, a cache and a web server built from Debian packages (AppImages): health
 * checks gate the web server's start, the services find each other by name on a user network, the database keeps
 * its data in a named volume, and down -v leaves nothing of the stack on the host.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ComposeStackIT extends DockerCliTestSupport {
    private static final String PROJECT = "itstack";
    private static final List<String> SERVICES = List.of("db", "cache", "web");
    private static final String STACK = """
            version: "3.7"
            services:
              db:
                image: %s
                volumes:
                  - dbdata:/var/lib/postgresql/data
                networks:
                  - back
                healthcheck:
                  test: ["CMD", "pg_isready", "-h", "127.0.0.1", "-U", "postgres"]
                  interval: 1s
                  timeout: 5s
                  retries: 60
              cache:
                image: %s
                networks:
                  - back
                healthcheck:
                  test: ["CMD", "redis-cli", "ping"]
                  interval: 1s
                  timeout: 5s
                  retries: 60
              web:
                image: %s
                environment:
                  STAGE: "%s"
                ports:
                  - "127.0.0.1:%d:80"
                networks:
                  - back
                depends_on:
                  db:
                    condition: service_healthy
                  cache:
                    condition: service_healthy
            volumes:
              dbdata:
            networks:
              back:
            """;

    @Override
    @Configuration
    public Option[] config() throws IOException {
        Option[] options = super.config();
        Option[] withImages = Arrays.copyOf(options, options.length + 1);
        try {
            withImages[options.length] = systemProperty(AppImages.PROPERTY).value(AppImages.archive().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return withImages;
    }

    @Before
    public void loadTheImages() throws Exception {
        if (docker("image", "inspect", AppImages.NGINX).exit() != 0) {
            Cli load = docker("load", "-i", AppImages.archive().toString());
            assertEquals(load.output(), 0, load.exit());
        }
    }

    /** Their layer is large: the engine's data root, kept for the logs, must not keep it too. */
    @After
    public void removeTheImages() throws Exception {
        Cli removed = docker("rmi", AppImages.POSTGRES, AppImages.REDIS, AppImages.NGINX);
        assertEquals(removed.output(), 0, removed.exit());
    }

    @Test
    public void aDatabaseCacheAndWebServerStackComesUpTalksAndGoesWithoutATrace() throws Exception {
        Assume.assumeTrue(ComposeProject.COMPOSE + " is not installed", new File(ComposeProject.COMPOSE).canExecute());
        int port = HostNetwork.freePort();
        Path dir = Files.createTempDirectory("gt-stack");
        Path file = dir.resolve("docker-compose.yml");
        ComposeProject compose = new ComposeProject(cli, PROJECT, file);
        long since = System.currentTimeMillis() / 1000 - 1;
        try {
            Files.writeString(file, stack("one", port));
            compose.run("up", "-d");
            Map<String, String> ids = containerIds(compose);
            assertEquals("healthy", health(compose.container("db")));
            assertEquals("healthy", health(compose.container("cache")));
            assertWebStartedOnceBothWereHealthy(compose, since);
            Cli ps = compose.run("ps");
            for (String service : SERVICES) {
                assertTrue(ps.output(), ps.output().lines().anyMatch(l -> l.startsWith(compose.container(service))
                        && l.contains(" Up")));
            }
            assertTrue(ps.output(), ps.output().contains("Up (healthy)"));
            assertTrue(ps.output(), ps.output().contains("127.0.0.1:" + port + "->80/tcp"));

            assertServicesTalkByName(compose);
            assertEquals("served by gantry-test/nginx", httpGet(port).trim());
            assertTrue("the access log is on the web server's stdout",
                    compose.run("logs", "--no-color", "web").output().contains("\"GET / HTTP/1.1\" 200"));
            assertTrue(compose.run("logs", "--no-color", "db").output()
                    .contains("database system is ready to accept connections"));
            assertTrue(compose.run("logs", "--no-color", "cache").output().contains("Ready to accept connections"));

            Cli again = compose.run("up", "-d");
            assertEquals("a second up recreates nothing: " + again.output(), ids, containerIds(compose));
            Files.writeString(file, stack("two", port));
            Cli changed = compose.run("up", "-d");
            Map<String, String> after = containerIds(compose);
            assertTrue(changed.output(), changed.output().contains("Recreating " + compose.container("web")));
            assertNotEquals("the changed web service is recreated", ids.get("web"), after.get("web"));
            assertEquals(ids.get("db"), after.get("db"));
            assertEquals(ids.get("cache"), after.get("cache"));
            assertEquals("two", compose.run("exec", "-T", "web", "printenv", "STAGE").output().trim());
            assertEquals("kept", compose.run("exec", "-T", "db", "psql", "-U", "postgres", "-Atc",
                    "select v from t").output().trim());
            assertEquals("served by gantry-test/nginx", httpGet(port).trim());

            String network = PROJECT + "_back";
            String subnet = docker("network", "inspect", "-f", "{{range .IPAM.Config}}{{.Subnet}}{{end}}", network)
                    .output().trim();
            String bridge = "gtbr-" + docker("network", "inspect", "-f", "{{.Id}}", network).output().trim()
                    .substring(0, 10);
            assertTrue(subnet, subnet.contains("/"));
            assertTrue("the stack's bridge " + bridge, HostNetwork.run("ip", "-br", "link").contains(bridge));
            compose.run("down", "-v");
            assertNothingLeft(after, network, subnet, bridge, port);
        } finally {
            compose.tryRun("down", "-v");
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static String stack(String stage, int port) {
        return STACK.formatted(AppImages.POSTGRES, AppImages.REDIS, AppImages.NGINX, stage, port);
    }

    private Map<String, String> containerIds(ComposeProject compose) throws Exception {
        return SERVICES.stream().collect(Collectors.toMap(Function.identity(), service -> {
            try {
                return docker("inspect", "-f", "{{.Id}}", compose.container(service)).output().trim();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private String health(String container) throws Exception {
        return docker("inspect", "-f", "{{.State.Health.Status}}", container).output().trim();
    }

    private void assertWebStartedOnceBothWereHealthy(ComposeProject compose, long since) throws Exception {
        long until = System.currentTimeMillis() / 1000 + 1;
        List<String> events = docker("events", "--since", Long.toString(since), "--until", Long.toString(until),
                "--filter", "event=start", "--filter", "event=health_status", "--format",
                "{{.Action}} {{.Actor.Attributes.name}}").output().lines().toList();
        int web = events.indexOf("start " + compose.container("web"));
        for (String service : List.of("db", "cache")) {
            int healthy = events.indexOf("health_status: healthy " + compose.container(service));
            assertTrue("web starts once " + service + " is healthy: " + events, healthy >= 0 && web > healthy);
        }
    }

    /** The web container reaches the cache and the database by their service names, which DNS answers. */
    private void assertServicesTalkByName(ComposeProject compose) throws Exception {
        compose.run("exec", "-T", "db", "psql", "-U", "postgres", "-c",
                "create table t (v text); insert into t values ('kept')");
        assertEquals("OK", compose.run("exec", "-T", "web", "redis-cli", "-h", "cache", "set", "greeting", "hi")
                .output().trim());
        assertEquals("hi", compose.run("exec", "-T", "web", "redis-cli", "-h", "cache", "get", "greeting")
                .output().trim());
        assertEquals("kept", compose.run("exec", "-T", "web", "psql", "-h", "db", "-U", "postgres", "-Atc",
                "select v from t").output().trim());
    }

    private static String httpGet(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }

    private void assertNothingLeft(Map<String, String> ids, String network, String subnet, String bridge, int port)
            throws Exception {
        assertEquals("no container is left after down -v", "", docker("ps", "-aq").output().trim());
        assertEquals("", docker("volume", "ls", "-q", "--filter", "name=" + PROJECT).output().trim());
        assertFalse(docker("network", "ls", "--format", "{{.Name}}").output().contains(network));
        assertFalse("bridge " + bridge, HostNetwork.run("ip", "-br", "link").contains(bridge));
        String rules = HostNetwork.run("iptables-save");
        assertFalse("rules of the subnet " + subnet, rules.contains(subnet));
        assertFalse("rules on the bridge " + bridge, rules.contains(bridge));
        assertFalse("DNAT of port " + port, rules.contains("--dport " + port + " "));
        for (String id : ids.values()) {
            assertEquals("traces of " + id, List.of(), HostNetwork.tracesOf(id, null, port));
        }
    }
}
