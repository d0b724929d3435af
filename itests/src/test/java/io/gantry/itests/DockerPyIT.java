package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.gantry.itests.DockerCli.Cli;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Assume;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** docker-py (Debian's python3-docker) drives the engine through the SDK's own calls: src/test/python. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerPyIT extends DockerCliTestSupport {
    private static final String PYTHON = "/usr/bin/python3";

    private final DockerCli slowCli = new DockerCli(Duration.ofMinutes(5));

    @Override
    @Configuration
    public Option[] config() throws IOException {
        Option[] options = super.config();
        Option[] withTests = Arrays.copyOf(options, options.length + 2);
        withTests[options.length] = systemProperty("gantry.it.python").value(new File("src/test/python")
                .getAbsolutePath());
        try {
            withTests[options.length + 1] = systemProperty(AppImages.PROPERTY).value(AppImages.archive().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return withTests;
    }

    @Test
    public void theDockerPyScenariosPass() throws Exception {
        assertPasses("test_docker_py", "");
    }

    /** With the Debian-built images: loaded from their archive, and redis also pushed to a registry to pull. */
    @Test
    public void theDockerPyScenariosOfTheApplicationImagesPass() throws Exception {
        Path dir = Files.createTempDirectory("gt-pyit-registry");
        try (TestRegistry registry = TestRegistry.start(dir)) {
            Cli push = slowCli.withInput(List.of("skopeo", "copy", "--quiet", "--dest-tls-verify=false",
                    "docker-archive:" + AppImages.archive() + ":" + AppImages.REDIS,
                    "docker://" + registry.host() + "/pyit/redis:latest"), null, true);
            assertEquals(push.output(), 0, push.exit());
            assertPasses("test_docker_py_apps", "GANTRY_IT_APP_IMAGES='" + AppImages.archive()
                    + "' GANTRY_IT_REGISTRY=" + registry.host());
        } finally {
            try (Stream<Path> tree = Files.walk(dir)) {
                tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void assertPasses(String module, String environment) throws Exception {
        Assume.assumeTrue(PYTHON + " has no docker module", cli.withInput(List.of(PYTHON, "-c", "import docker"),
                null, true).exit() == 0);
        Cli run = slowCli.withInput(List.of("sh", "-c", "cd '" + System.getProperty("gantry.it.python") + "' && "
                + "env " + environment + " " + PYTHON + " -W ignore -m unittest -v " + module), null, true);
        assertTrue(run.output(), run.output().contains("Ran "));
        assertEquals(run.output(), 0, run.exit());
    }
}
