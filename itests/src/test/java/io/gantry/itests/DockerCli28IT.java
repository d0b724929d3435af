package io.gantry.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import org.junit.Assume;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The same CLI scenarios with a current docker CLI (28.x, which negotiates API 1.41), where one is installed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerCli28IT extends DockerCliIT {
    private static final String CURRENT_CLI = "/usr/local/bin/docker";

    @Override
    @Configuration
    public Option[] config() throws IOException {
        Option[] options = super.config();
        Option[] withCli = Arrays.copyOf(options, options.length + 1);
        withCli[options.length] = systemProperty("gantry.it.docker").value(CURRENT_CLI);
        return withCli;
    }

    @Override
    @Before
    public void awaitTheDaemon() throws Exception {
        Assume.assumeTrue(CURRENT_CLI + " is not installed", new File(CURRENT_CLI).canExecute());
        super.awaitTheDaemon();
    }
}
