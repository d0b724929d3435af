package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.gantry.api.container.Container;
import io.gantry.itests.DockerCli.Cli;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.ops4j.pax.exam.Option;

/** Tests that drive the engine with the real docker CLI: each starts once the daemon answers and leaves no container. */
public abstract class DockerCliTestSupport extends GantryTestSupport {
    private static final String CURRENT_CLI = "/usr/local/bin/docker";

    protected final DockerCli cli = new DockerCli(DEADLINE);
    private TestRegistry registry;

    @Before
    public void awaitTheDaemon() throws Exception {
        waitFor("the daemon answers on its socket", () -> docker("version").exit() == 0);
    }

    @After
    public void removeAll() {
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
    }

    @After
    public void stopTheRegistry() throws Exception {
        if (registry != null) {
            registry.close();
            registry = null;
        }
    }

    /** A real registry on 127.0.0.1 for this test, started on first use and stopped after the test. */
    protected TestRegistry registry() throws Exception {
        if (registry == null) {
            registry = TestRegistry.start(Files.createTempDirectory(dataRoot(), "registry"));
        }
        return registry;
    }

    /** The folder the engine under test keeps its data in, where tests put their scratch files. */
    protected static Path dataRoot() {
        return Path.of(System.getProperty("gantry.it.dataRoot"));
    }

    /** {@code result}, asserted to have succeeded. */
    protected static Cli ok(Cli result) {
        assertEquals(result.output(), 0, result.exit());
        return result;
    }

    protected Cli docker(String... args) throws Exception {
        return cli.run(args);
    }

    /** {@code options} with a current docker CLI (28.x, which negotiates API 1.41) in place of Debian's. */
    protected static Option[] withCurrentCli(Option[] options) {
        Option[] withCli = Arrays.copyOf(options, options.length + 1);
        withCli[options.length] = systemProperty("gantry.it.docker").value(CURRENT_CLI);
        return withCli;
    }

    /** Skips the test where no current docker CLI is installed. */
    protected static void assumeCurrentCli() {
        Assume.assumeTrue(CURRENT_CLI + " is not installed", new File(CURRENT_CLI).canExecute());
    }

    /** Loads the docker-archive that {@code archive} writes into a temporary folder, then deletes the folder. */
    protected void load(ArchiveWriter archive) throws Exception {
        Path dir = Files.createTempDirectory("gt-archive");
        try {
            Cli load = docker("load", "-i", archive.write(dir).toString());
            assertEquals(load.output(), 0, load.exit());
        } finally {
            try (Stream<Path> tree = Files.walk(dir)) {
                tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes a docker-archive into the given folder and returns it. */
    @FunctionalInterface
    protected interface ArchiveWriter {
        Path write(Path dir) throws Exception;
    }
}
