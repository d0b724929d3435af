package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.api.image.Image;
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

/** The real docker CLI moves images through the daemon: push and pull with a real registry, save and load. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerImagesIT extends DockerCliTestSupport {

    @Inject
    protected ImageService images;

    @Test
    public void pushThenPullThroughARegistryAndRunThePulledImage() throws Exception {
        TestRegistry registry = registry();
        String image = registry.host() + "/bb:1";
        ok(cli.run("tag", "busybox", image));
        Cli push = ok(cli.run("push", image));
        assertTrue(push.output(), push.output().contains("The push refers to repository [" + registry.host() + "/bb]"));
        assertTrue(push.output(), push.output().contains("Pushed"));
        assertTrue(push.output(), push.output().matches("(?s).*1: digest: sha256:[0-9a-f]{64} size: \\d+.*"));
        ok(cli.run("rmi", image));
        Cli pull = ok(cli.run("pull", image));
        assertTrue(pull.output(), pull.output().contains("1: Pulling from bb"));
        assertTrue(pull.output(), pull.output().matches("(?s).*Digest: sha256:[0-9a-f]{64}.*"));
        assertTrue(pull.output(), pull.output().contains("Status: Downloaded newer image for " + image));
        assertTrue(ok(cli.run("pull", image)).output().contains("Status: Image is up to date for " + image));
        Cli run = ok(cli.run("run", "--rm", image, "echo", "pulled"));
        assertEquals("pulled", run.output().trim());
        String byLocalhost = "localhost:" + registry.port() + "/bb:1";
        Cli pullByLocalhost = ok(cli.run("pull", byLocalhost));
        assertTrue(pullByLocalhost.output(), pullByLocalhost.output().contains(" for " + byLocalhost));
        assertEquals("via localhost", ok(cli.run("run", "--rm", byLocalhost, "echo", "via localhost")).output().trim());
        ok(cli.run("rmi", byLocalhost));
        Cli unknown = cli.run("pull", registry.host() + "/nothere:1");
        assertTrue(unknown.output(), unknown.exit() != 0 && unknown.output().contains("Error response from daemon"));
    }

    @Test
    public void saveRemoveAndLoadBringTheImageBack() throws Exception {
        Path archive = Files.createTempDirectory(dataRoot(), "save").resolve("saved.tar");
        ok(cli.run("tag", "busybox", "saved:1"));
        String id = images.resolve("saved:1").id();
        ok(cli.run("save", "-o", archive.toString(), "saved:1"));
        assertTrue("the archive has a manifest", ok(cli.withInput(
                List.of("tar", "-tf", archive.toString()), null, true)).output().contains("manifest.json"));
        ok(cli.run("rmi", "saved:1"));
        assertTrue(images.list().stream().noneMatch(i -> i.repoTags().contains("saved:1")));
        Cli load = ok(cli.run("load", "-i", archive.toString()));
        assertTrue(load.output(), load.output().contains("Loaded image: saved:1"));
        assertEquals(id, images.resolve("saved:1").id());
        ok(cli.run("rmi", "saved:1"));
    }

    @Test
    public void historyListsTheStepsOfAnImage() throws Exception {
        Cli history = ok(cli.run("history", "--no-trunc", "--format", "{{.ID}}|{{.Size}}", "busybox"));
        List<String> rows = history.output().lines().toList();
        Image busybox = images.resolve("busybox");
        assertTrue(history.output(), !rows.isEmpty() && rows.get(0).startsWith(busybox.id() + "|"));
    }

    @Test
    public void pruneDeletesAnUntaggedImportedImage() throws Exception {
        Path dir = Files.createTempDirectory(dataRoot(), "rootfs");
        Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("hello.txt"), "hello\n");
        Path tarball = dir.resolve("rootfs.tar");
        ok(cli.withInput(List.of("tar", "-C", dir.resolve("content").toString(), "-cf", tarball.toString(), "."),
                null, true));
        String imported = ok(cli.run("import", tarball.toString())).output().trim();
        assertTrue(imported, imported.matches("sha256:[0-9a-f]{64}"));
        Cli prune = ok(cli.run("image", "prune", "-f"));
        assertTrue(prune.output(), prune.output().contains("deleted: " + imported));
        assertTrue(prune.output(), prune.output().contains("Total reclaimed space:"));
        assertTrue(images.list().stream().noneMatch(i -> i.id().equals(imported)));
    }
}
