package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** `docker volume` and `docker run -v` with the real docker CLI: sharing, read-only, copy-up, use and removal. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerVolumesCliIT extends DockerCliTestSupport {
    private static final String IMAGE = "gantry-it/db-volume:1";

    /** Waits for the daemon itself: a subclass's own wait runs after this class's @Before methods. */
    @Before
    public void loadTheImage() throws Exception {
        awaitTheDaemon();
        load(DockerVolumesCliIT::archive);
    }

    @After
    public void removeTheVolumes() throws Exception {
        removeAll();
        docker("volume", "prune", "-f");
    }

    @Test
    public void aNamedVolumeIsSharedByContainersAndReadOnlyRefusesWrites() throws Exception {
        ok(docker("volume", "create", "--label", "tier=it", "it-shared"), "it-shared");
        ok(docker("volume", "ls", "--filter", "label=tier=it", "--format", "{{.Driver}} {{.Name}}"), "local it-shared");
        ok(docker("volume", "inspect", "-f", "{{.Name}} {{.Driver}} {{.Labels}}", "it-shared"),
                "it-shared local map[tier:it]");
        ok(docker("run", "--rm", "-v", "it-shared:/data", "busybox", "sh", "-c", "echo hi > /data/f"), "");
        ok(docker("run", "--rm", "-v", "it-shared:/data:ro", "busybox", "cat", "/data/f"), "hi");
        Cli write = docker("run", "--rm", "--mount", "type=volume,source=it-shared,target=/data,readonly", "busybox",
                "sh", "-c", "echo x > /data/g");
        assertNotEquals(write.output(), 0, write.exit());
        assertTrue(write.output(), write.output().contains("Read-only file system"));
        Cli df = docker("system", "df", "-v");
        assertTrue(df.output(), df.output().lines().anyMatch(l -> l.startsWith("it-shared ")));
    }

    @Test
    public void aNewVolumeGetsTheImagesContentWithOwnerAndModeAndANonEmptyOneKeepsItsOwn() throws Exception {
        ok(docker("run", "--rm", "-v", "it-db:/var/lib/db", IMAGE, "stat", "-c", "%u %a %n", "/var/lib/db",
                "/var/lib/db/seed"), "999 700 /var/lib/db\n999 640 /var/lib/db/seed");
        ok(docker("run", "--rm", "-v", "it-db:/var/lib/db", IMAGE, "sh", "-c",
                "echo mine > /var/lib/db/seed"), "");
        ok(docker("run", "--rm", "-v", "it-db:/var/lib/db", IMAGE, "cat", "/var/lib/db/seed"), "mine");
        ok(docker("run", "--rm", "-v", "it-empty:/var/lib/db:nocopy", IMAGE, "ls", "-A", "/var/lib/db"), "");
    }

    @Test
    public void aUsedVolumeIsNotRemovedAndPruneKeepsIt() throws Exception {
        ok(docker("create", "--name", "it-user", "-v", "it-used:/data", "busybox", "true"), null);
        Cli rm = docker("volume", "rm", "it-used");
        assertNotEquals(rm.output(), 0, rm.exit());
        assertTrue(rm.output(), rm.output().contains("volume is in use"));
        ok(docker("volume", "create", "it-unused"), "it-unused");
        Cli prune = docker("volume", "prune", "-f");
        assertEquals(prune.output(), 0, prune.exit());
        assertTrue(prune.output(), prune.output().contains("it-unused"));
        ok(docker("volume", "ls", "-q", "--filter", "name=it-"), "it-used");
        ok(docker("rm", "it-user"), "it-user");
        ok(docker("volume", "rm", "it-used"), "it-used");
    }

    @Test
    public void rmVRemovesTheAnonymousVolumesAndRmKeepsThem() throws Exception {
        ok(docker("create", "--name", "it-anon", "-v", "/scratch", IMAGE, "true"), null);
        Cli mounts = docker("inspect", "-f", "{{range .Mounts}}{{.Name}} {{.Destination}};{{end}}", "it-anon");
        assertEquals(mounts.output(), 0, mounts.exit());
        String[] names = mounts.output().trim().split(";");
        assertEquals(mounts.output(), 2, names.length);
        ok(docker("rm", "-v", "it-anon"), "it-anon");
        for (String mount : names) {
            Cli gone = docker("volume", "inspect", mount.split(" ")[0]);
            assertNotEquals(gone.output(), 0, gone.exit());
        }
        ok(docker("create", "--name", "it-anon2", "-v", "/scratch", "busybox", "true"), null);
        String kept = docker("inspect", "-f", "{{range .Mounts}}{{.Name}}{{end}}", "it-anon2").output().trim();
        ok(docker("rm", "it-anon2"), "it-anon2");
        ok(docker("volume", "inspect", "-f", "{{.Name}}", kept), kept);
    }

    /** Exit 0 and, unless {@code expected} is null, exactly that output (trimmed). */
    private void ok(Cli cli, String expected) {
        assertEquals(cli.output(), 0, cli.exit());
        if (expected != null) {
            assertEquals(expected, cli.output().trim());
        }
    }

    /**
     * A docker-archive of one layer: busybox, and /var/lib/db (owner 999, mode 700) with seed (999, 640), declared
     * as a VOLUME.
     */
    private static Path archive(Path dir) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.copy(Path.of("/bin/busybox"), Files.createDirectories(tree.resolve("bin")).resolve("busybox"));
        Path db = Files.createDirectories(tree.resolve("var/lib/db"));
        Path seed = Files.writeString(db.resolve("seed"), "from the image\n");
        for (Path owned : new Path[] {db, seed}) {
            Files.setAttribute(owned, "unix:uid", 999);
            Files.setAttribute(owned, "unix:gid", 999);
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(seed, PosixFilePermissions.fromString("rw-r-----"));
        return OneLayerArchive.write(dir, tree, List.of("bin", "var"), List.of("--numeric-owner"), IMAGE,
                "{\"Env\":[\"PATH=/bin\"],\"Entrypoint\":[\"busybox\"],\"Volumes\":{\"/var/lib/db\":{}}}");
    }
}
