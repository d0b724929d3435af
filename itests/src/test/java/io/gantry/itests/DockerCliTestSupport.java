package io.gantry.itests;

import io.gantry.api.container.Container;
import io.gantry.itests.DockerCli.Cli;
import org.junit.After;
import org.junit.Before;

/** Tests that drive the engine with the real docker CLI: each starts once the daemon answers and leaves no container. */
public abstract class DockerCliTestSupport extends GantryTestSupport {
    protected final DockerCli cli = new DockerCli(DEADLINE);

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

    protected Cli docker(String... args) throws Exception {
        return cli.run(args);
    }
}
