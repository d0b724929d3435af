package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Health checks through the docker CLI: --health-* options, an image's HEALTHCHECK, ps, the filter and events. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerHealthIT extends DockerCliTestSupport {
    private static final String IMAGE = "gantry-it/checked:1";

    @Test
    public void aHealthCmdMakesTheContainerHealthyInInspectPsTheFilterAndEvents() throws Exception {
        long since = System.currentTimeMillis() / 1000 - 1;
        Cli run = docker("run", "-d", "--name", "web", "--health-cmd", "echo ok", "--health-interval", "1s",
                "busybox", "sleep", "300");
        assertEquals(run.output(), 0, run.exit());
        assertEquals("starting", docker("inspect", "-f", "{{.State.Health.Status}}", "web").output().trim());

        waitFor("web is healthy", () -> health("web").equals("healthy"));
        Cli log = docker("inspect", "-f", "{{range .State.Health.Log}}{{.ExitCode}} {{json .Output}}{{end}}"
                + " {{.State.Health.FailingStreak}} {{json .Config.Healthcheck}}", "web");
        assertTrue(log.output(), log.output().trim().startsWith("0 \"ok\\n\""));
        assertTrue(log.output(), log.output().trim().endsWith(" 0 {\"Test\":[\"CMD-SHELL\",\"echo ok\"],"
                + "\"Interval\":1000000000}"));
        Cli ps = docker("ps", "--format", "{{.Names}} {{.Status}}");
        assertTrue(ps.output(), ps.output().trim().matches("web Up .* \\(healthy\\)"));
        assertEquals("web", docker("ps", "--filter", "health=healthy", "--format", "{{.Names}}").output().trim());
        assertEquals("", docker("ps", "--filter", "health=unhealthy", "--format", "{{.Names}}").output().trim());
        assertEquals("", docker("ps", "--filter", "health=none", "--format", "{{.Names}}").output().trim());

        long until = System.currentTimeMillis() / 1000 + 1;
        Cli events = docker("events", "--since", Long.toString(since), "--until", Long.toString(until), "--filter",
                "event=health_status", "--format", "{{.Action}} {{.Actor.Attributes.name}}");
        assertEquals(events.output(), "health_status: healthy web", events.output().trim());

        assertEquals(0, docker("stop", "-t", "1", "web").exit());
        assertEquals("unhealthy", health("web"));
    }

    @Test
    public void failuresUpToTheRetriesMakeItUnhealthy() throws Exception {
        Cli run = docker("run", "-d", "--name", "sick", "--health-cmd", "echo down >&2; exit 1",
                "--health-interval", "1s", "--health-retries", "2", "busybox", "sleep", "300");
        assertEquals(run.output(), 0, run.exit());
        waitFor("sick is unhealthy", () -> health("sick").equals("unhealthy"));
        Cli inspect = docker("inspect", "-f", "{{.State.Health.FailingStreak}} {{(index .State.Health.Log 0).ExitCode}}"
                + " {{json (index .State.Health.Log 0).Output}}", "sick");
        assertTrue(inspect.output(), inspect.output().trim().matches("[2-9] 1 \"down\\\\n\""));
        Cli ps = docker("ps", "--filter", "health=unhealthy", "--format", "{{.Names}} {{.Status}}");
        assertTrue(ps.output(), ps.output().trim().matches("sick Up .* \\(unhealthy\\)"));
    }

    @Test
    public void anImagesHealthcheckRunsUnlessRunSaysNoHealthcheck() throws Exception {
        load(DockerHealthIT::archive);
        Cli image = docker("image", "inspect", "-f", "{{json .Config.Healthcheck}}", IMAGE);
        assertEquals(image.output(), "{\"Test\":[\"CMD\",\"busybox\",\"test\",\"-f\",\"/etc/ready\"],"
                + "\"Interval\":1000000000,\"Retries\":30}", image.output().trim());

        assertEquals(0, docker("run", "-d", "--name", "checked", IMAGE, "busybox", "sh", "-c",
                "busybox sleep 1; busybox touch /etc/ready; exec busybox sleep 300").exit());
        assertEquals(0, docker("run", "-d", "--name", "unchecked", "--no-healthcheck", IMAGE, "busybox", "sleep",
                "300").exit());
        assertEquals(0, docker("run", "-d", "--name", "tuned", "--health-interval", "2s", "--health-retries", "1",
                IMAGE, "busybox", "sleep", "300").exit());

        waitFor("checked is healthy", () -> health("checked").equals("healthy"));
        waitFor("tuned fails on its first probe", () -> health("tuned").equals("unhealthy"));
        assertEquals("{\"Test\":[\"CMD\",\"busybox\",\"test\",\"-f\",\"/etc/ready\"],\"Interval\":2000000000,"
                + "\"Retries\":1}", docker("inspect", "-f", "{{json .Config.Healthcheck}}", "tuned").output().trim());
        assertEquals("the unset fields take the image's, as in Docker",
                "<nil> {\"Test\":[\"NONE\"],\"Interval\":1000000000,\"Retries\":30}", docker("inspect", "-f",
                "{{.State.Health}} {{json .Config.Healthcheck}}", "unchecked").output().trim());
        assertEquals("unchecked", docker("ps", "--filter", "health=none", "--format", "{{.Names}}").output().trim());
    }

    private String health(String name) throws Exception {
        return docker("inspect", "-f", "{{.State.Health.Status}}", name).output().trim();
    }

    /** busybox alone, with HEALTHCHECK --interval=1s --retries=30 CMD busybox test -f /etc/ready. */
    private static Path archive(Path dir) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.copy(Path.of("/bin/busybox"), Files.createDirectories(tree.resolve("bin")).resolve("busybox"));
        Files.createDirectories(tree.resolve("etc"));
        return OneLayerArchive.write(dir, tree, List.of("bin", "etc"), List.of("--owner=0", "--group=0"), IMAGE,
                "{\"Env\":[\"PATH=/bin\"],\"Cmd\":[\"busybox\",\"sh\"],\"Healthcheck\":{\"Test\":[\"CMD\",\"busybox\","
                + "\"test\",\"-f\",\"/etc/ready\"],\"Interval\":1000000000,\"Retries\":30}}");
    }
}
