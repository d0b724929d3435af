package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Assume;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * docker-compose 1.29 (Debian's) brings a stack with two named volumes up, down and up again, down -v ending them;
 * and a stack whose web service waits for its database's health check.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ComposeIT extends DockerCliTestSupport {
    private static final String COMPOSE = "/usr/bin/docker-compose";
    private static final String PROJECT = "itcompose";
    private static final String STACK = """
            version: "3.7"
            services:
              app:
                image: busybox
                command: ["sleep", "300"]
                volumes:
                  - data:/data
                  - cache:/cache
            volumes:
              data:
              cache:
                labels:
                  tier: cache
            """;

    private static final String HEALTH_STACK = """
            version: "3.7"
            services:
              db:
                image: busybox
                command: ["sh", "-c", "sleep 2; touch /tmp/ready; exec sleep 300"]
                healthcheck:
                  test: ["CMD", "test", "-f", "/tmp/ready"]
                  interval: 1s
                  timeout: 2s
                  retries: 30
                  start_period: 1s
              web:
                image: busybox
                command: ["sleep", "300"]
                depends_on:
                  db:
                    condition: service_healthy
            """;

    @Test
    public void aServiceThatDependsOnAHealthyOneStartsOnceItIsHealthy() throws Exception {
        Assume.assumeTrue(COMPOSE + " is not installed", new File(COMPOSE).canExecute());
        Path dir = Files.createTempDirectory("gt-compose");
        Path file = Files.writeString(dir.resolve("docker-compose.yml"), HEALTH_STACK);
        long since = System.currentTimeMillis() / 1000 - 1;
        try {
            compose(file, "up", "-d");
            String db = PROJECT + "_db_1";
            String web = PROJECT + "_web_1";
            assertEquals("healthy", docker("inspect", "-f", "{{.State.Health.Status}}", db).output().trim());
            assertEquals("{\"Test\":[\"CMD\",\"test\",\"-f\",\"/tmp/ready\"],\"Interval\":1000000000,"
                    + "\"Timeout\":2000000000,\"StartPeriod\":1000000000,\"Retries\":30}",
                    docker("inspect", "-f", "{{json .Config.Healthcheck}}", db).output().trim());
            long until = System.currentTimeMillis() / 1000 + 1;
            Cli events = docker("events", "--since", Long.toString(since), "--until", Long.toString(until),
                    "--filter", "container=" + db, "--filter", "container=" + web, "--filter", "event=start",
                    "--filter", "event=health_status", "--format",
                    "{{.Action}} {{.Actor.Attributes.name}}");
            assertEquals("web starts once db is healthy", List.of("start " + db, "health_status: healthy " + db,
                    "start " + web), events.output().lines().toList());
            Cli ps = compose(file, "ps");
            assertTrue(ps.output(), ps.output().contains("Up (healthy)"));
            compose(file, "down");
            assertEquals("", docker("ps", "-aq").output().trim());
        } finally {
            cli.withInput(composeCommand(file, "down", "-v"), null, true);
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static final String LINKED_STACK = """
            version: "3.7"
            services:
              db:
                image: busybox
                command: ["sleep", "300"]
              web:
                image: busybox
                links:
                  - "db:database"
            """;

    @Test
    public void runStartsTheDependenciesAndLinksThemUnderTheirAliases() throws Exception {
        Assume.assumeTrue(COMPOSE + " is not installed", new File(COMPOSE).canExecute());
        Path dir = Files.createTempDirectory("gt-compose");
        Path file = Files.writeString(dir.resolve("docker-compose.yml"), LINKED_STACK);
        try {
            // compose's own attach (COMPOSE_INTERACTIVE_NO_CLI) comes only after the start, as it would with
            // dockerd: a short-lived command's output is gone by then; its default, docker start -ai, attaches first
            List<String> run = new ArrayList<>(List.of("env", "-u", "COMPOSE_INTERACTIVE_NO_CLI"));
            run.addAll(composeCommand(file, "run", "--rm", "-T", "web", "grep", "-w", "database", "/etc/hosts"));
            Cli linked = cli.withInput(run, null, true);
            assertEquals(linked.output(), 0, linked.exit());
            String db = docker("inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}",
                    PROJECT + "_db_1").output().trim();
            assertTrue(linked.output(), linked.output().lines()
                    .anyMatch(l -> l.startsWith(db + "\t") && l.endsWith("database")));
            compose(file, "down");
        } finally {
            cli.withInput(composeCommand(file, "down", "-v"), null, true);
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    public void aStacksNamedVolumesKeepTheirDataAcrossDownAndUpAndGoWithDownV() throws Exception {
        Assume.assumeTrue(COMPOSE + " is not installed", new File(COMPOSE).canExecute());
        Path dir = Files.createTempDirectory("gt-compose");
        Path file = Files.writeString(dir.resolve("docker-compose.yml"), STACK);
        try {
            compose(file, "up", "-d");
            compose(file, "exec", "-T", "app", "sh", "-c", "echo kept > /data/f; echo warm > /cache/g");
            assertEquals("running", docker("inspect", "-f", "{{.State.Status}}", PROJECT + "_app_1").output().trim());
            compose(file, "down");
            assertEquals("no container is left after down", "", docker("ps", "-aq").output().trim());
            assertEquals(PROJECT + "_cache\n" + PROJECT + "_data",
                    docker("volume", "ls", "-q", "--filter", "name=" + PROJECT).output().trim());
            assertEquals("map[com.docker.compose.project:itcompose com.docker.compose.version:1.29.2"
                    + " com.docker.compose.volume:cache tier:cache]",
                    docker("volume", "inspect", "-f", "{{.Labels}}", PROJECT + "_cache").output().trim());

            compose(file, "up", "-d");
            Cli read = compose(file, "exec", "-T", "app", "cat", "/data/f", "/cache/g");
            assertTrue(read.output(), read.output().contains("kept\nwarm"));
            compose(file, "down", "-v");
            assertEquals("", docker("volume", "ls", "-q", "--filter", "name=" + PROJECT).output().trim());
            assertEquals("", docker("ps", "-aq").output().trim());
            assertFalse(docker("network", "ls", "--format", "{{.Name}}").output().contains(PROJECT));
        } finally {
            cli.withInput(composeCommand(file, "down", "-v"), null, true);
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** Runs docker-compose on the stack; it must succeed. */
    private Cli compose(Path file, String... args) throws Exception {
        Cli result = cli.withInput(composeCommand(file, args), null, true);
        assertEquals(String.join(" ", args) + ": " + result.output(), 0, result.exit());
        return result;
    }

    private static List<String> composeCommand(Path file, String... args) {
        List<String> command = new ArrayList<>(List.of(COMPOSE, "--ansi", "never", "-p", PROJECT, "-f", file.toString()));
        command.addAll(List.of(args));
        return command;
    }
}
