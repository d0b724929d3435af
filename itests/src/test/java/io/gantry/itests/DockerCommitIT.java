package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.image.ImageService;
import io.gantry.itests.DockerCli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The real docker CLI commits a container's changes into an image that a new container runs; it searches and
 * asks for a registry's descriptor of an image.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerCommitIT extends DockerCliTestSupport {
    private static final String CHANGES = "echo added > /added.txt && echo changed > /etc/motd.txt"
            + " && rm /bin/ls && rm -r /data && mkdir /data && echo new > /data/only.txt";
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    protected ImageService images;

    @Test
    public void aCommittedImageCarriesTheChangesTheNewCommandAndTheComment() throws Exception {
        ok(docker("run", "--name", "base", "busybox", "sh", "-c",
                "echo motd > /etc/motd.txt && mkdir -p /data/old && echo old > /data/old/file"));
        ok(docker("commit", "base", "based:1"));
        ok(docker("run", "--name", "changer", "based:1", "sh", "-c", CHANGES));
        Cli commit = ok(docker("commit", "--change", "CMD [\"cat\", \"/added.txt\"]", "--change", "ENV MODE=committed",
                "--change", "WORKDIR /data", "-m", "my message", "-a", "me", "changer", "committed:1"));
        assertTrue(commit.output(), commit.output().trim().matches("sha256:[0-9a-f]{64}"));
        assertEquals("added", ok(docker("run", "--rm", "committed:1")).output().trim());
        String seen = ok(docker("run", "--rm", "committed:1", "sh", "-c",
                "cat /etc/motd.txt; test -e /bin/ls || echo no-ls; ls /data; pwd; echo $MODE")).output().trim();
        assertEquals("changed\nno-ls\nonly.txt\n/data\ncommitted", seen);
        Cli history = ok(docker("history", "--no-trunc", "--format", "{{.CreatedBy}}|{{.Comment}}", "committed:1"));
        List<String> rows = history.output().lines().toList();
        assertTrue(history.output(), rows.get(0).startsWith("sh -c " + CHANGES) && rows.get(0).endsWith("|my message"));
        assertTrue(history.output(), rows.get(1).startsWith("sh -c echo motd"));
        JsonNode inspect = json.readTree(ok(docker("image", "inspect", "committed:1")).output()).get(0);
        assertEquals("me", inspect.get("Author").asText());
        assertEquals("my message", inspect.get("Comment").asText());
        assertEquals(images.resolve("based:1").id(), inspect.get("Parent").asText());
        assertEquals(containers.inspect("changer").id(), inspect.get("Container").asText());
        assertEquals("[\"cat\",\"/added.txt\"]", inspect.at("/Config/Cmd").toString());
        assertEquals("sh", inspect.at("/ContainerConfig/Cmd/0").asText());
        assertEquals(images.resolve("busybox").layers().size() + 2, inspect.at("/RootFS/Layers").size());
        String diff = ok(docker("diff", "changer")).output();
        assertTrue(diff, diff.contains("A /added.txt") && diff.contains("D /bin/ls"));
    }

    @Test
    public void aRunningContainerIsCommittedAndKeepsRunning() throws Exception {
        ok(docker("run", "-d", "--name", "live", "busybox", "sh", "-c", "echo live > /live.txt; sleep 300"));
        waitFor("the file is written", () -> docker("exec", "live", "cat", "/live.txt").output().contains("live"));
        ok(docker("commit", "live", "live:1"));
        assertEquals("running", ok(docker("inspect", "-f", "{{.State.Status}}", "live")).output().trim());
        assertEquals("live", ok(docker("run", "--rm", "live:1", "cat", "/live.txt")).output().trim());
    }

    @Test
    public void badCommitsAreRefusedInDockersWords() throws Exception {
        ok(docker("create", "--name", "idle", "busybox", "true"));
        Cli badChange = docker("commit", "--change", "RUN echo hi", "idle", "bad:1");
        assertTrue(badChange.output(), badChange.exit() != 0
                && badChange.output().contains("run is not a valid change command"));
        Cli missing = docker("commit", "nosuchcontainer", "bad:1");
        assertTrue(missing.output(), missing.exit() != 0 && missing.output().contains("No such container: nosuchcontainer"));
        assertTrue(images.list().stream().noneMatch(i -> i.repoTags().contains("bad:1")));
    }

    @Test
    public void healthcheckOnbuildAndVariablesReachTheImageAndACommitEventFollows() throws Exception {
        ok(docker("create", "--name", "checked", "-e", "PORT=8080", "busybox", "true"));
        long since = System.currentTimeMillis() / 1000 - 1;
        String id = ok(docker("commit", "--change", "HEALTHCHECK --interval=5s --retries=2 CMD wget -q localhost:$PORT",
                "--change", "ONBUILD RUN echo child", "--change", "EXPOSE $PORT", "--change", "LABEL at=${PORT}",
                "checked", "checked:1")).output().trim();
        JsonNode config = json.readTree(ok(docker("image", "inspect", "checked:1")).output()).get(0).get("Config");
        assertEquals(config.toString(), "[\"CMD-SHELL\",\"wget -q localhost:$PORT\"]",
                config.at("/Healthcheck/Test").toString());
        assertEquals(5_000_000_000L, config.at("/Healthcheck/Interval").asLong());
        assertEquals(2, config.at("/Healthcheck/Retries").asInt());
        assertEquals("[\"RUN echo child\"]", config.get("OnBuild").toString());
        assertTrue(config.toString(), config.get("ExposedPorts").has("8080/tcp"));
        assertEquals("8080", config.at("/Labels/at").asText());
        Cli events = ok(docker("events", "--since", Long.toString(since), "--until",
                Long.toString(System.currentTimeMillis() / 1000 + 1), "--filter", "event=commit", "--filter", "container=checked", "--format",
                "{{.Type}} {{.Action}} {{.Actor.Attributes.imageID}} {{.Actor.Attributes.name}}"));
        assertEquals(events.output(), "container commit " + id + " checked", events.output().trim());
        ok(docker("commit", "--change", "HEALTHCHECK NONE", "checked", "checked:2"));
        assertEquals("[\"NONE\"]", ok(docker("image", "inspect", "-f", "{{json .Config.Healthcheck.Test}}",
                "checked:2")).output().trim());
        String socket = System.getProperty("gantry.it.runRoot") + "/gantry.sock";
        ok(cli.withInput(List.of("curl", "-sS", "-f", "--unix-socket", socket, "-H", "Content-Type: application/json",
                "-d", "{\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"],\"Interval\":2000000000}}",
                "http://localhost/v1.41/commit?container=checked&repo=checked&tag=3"), null, true));
        assertEquals("[\"CMD\",\"true\"] 2s", ok(docker("image", "inspect", "-f",
                "{{json .Config.Healthcheck.Test}} {{.Config.Healthcheck.Interval}}", "checked:3")).output().trim());
        Cli bad = docker("commit", "--change", "HEALTHCHECK --interval=1us CMD true", "checked", "bad:1");
        assertTrue(bad.output(), bad.exit() != 0 && bad.output().contains("cannot be less than 1ms"));
    }

    @Test
    public void searchNamesTheRegistryItCannotReach() throws Exception {
        Cli hub = docker("search", "busybox");
        assertTrue(hub.output(), hub.exit() != 0 && hub.output().contains("index.docker.io"));
        Cli local = docker("search", "127.0.0.1:5999/busybox");
        assertTrue(local.output(), local.exit() != 0 && local.output().contains("127.0.0.1:5999"));
    }

    @Test
    public void distributionAnswersTheRegistrysDescriptor() throws Exception {
        TestRegistry registry = registry();
        String image = registry.host() + "/dist:1";
        ok(docker("tag", "busybox", image));
        Cli push = ok(docker("push", image));
        String socket = System.getProperty("gantry.it.runRoot") + "/gantry.sock";
        JsonNode info = json.readTree(ok(cli.withInput(List.of("curl", "-sS", "--unix-socket", socket,
                "http://localhost/v1.41/distribution/" + image + "/json"), null, true)).output());
        String digest = info.at("/Descriptor/digest").asText();
        assertTrue(info.toString(), digest.matches("sha256:[0-9a-f]{64}") && push.output().contains(digest));
        assertTrue(info.toString(), info.at("/Descriptor/size").asLong() > 0);
        assertEquals(info.toString(), "linux", info.at("/Platforms/0/os").asText());
        assertEquals(info.toString(), "amd64", info.at("/Platforms/0/architecture").asText());
        Cli unknown = ok(cli.withInput(List.of("curl", "-sS", "-w", "%{http_code}", "--unix-socket", socket,
                "http://localhost/v1.41/distribution/" + registry.host() + "/nothere:1/json"), null, true));
        assertTrue(unknown.output(), unknown.output().endsWith("404") && unknown.output().contains("nothere"));
        assertFalse(images.list().stream().anyMatch(i -> i.repoTags().contains(registry.host() + "/nothere:1")));
    }
}
