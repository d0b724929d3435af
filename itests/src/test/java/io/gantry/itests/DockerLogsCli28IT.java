package io.gantry.itests;

import java.io.IOException;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The log driver scenarios with a current docker CLI (28.x, which negotiates API 1.41), where one is installed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerLogsCli28IT extends DockerLogsCliIT {
    @Override
    @Configuration
    public Option[] config() throws IOException {
        return withCurrentCli(super.config());
    }

    @Override
    @Before
    public void awaitTheDaemon() throws Exception {
        assumeCurrentCli();
        super.awaitTheDaemon();
    }
}
