package io.gantry.itests;

import static org.junit.Assert.assertEquals;

import io.gantry.itests.DockerCli.Cli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** docker-compose 1.29 (Debian's) on one project's file, through the engine's socket. */
final class ComposeProject {
    static final String COMPOSE = "/usr/bin/docker-compose";

    private final DockerCli cli;
    private final String project;
    private final Path file;

    ComposeProject(DockerCli cli, String project, Path file) {
        this.cli = cli;
        this.project = project;
        this.file = file;
    }

    /** Runs docker-compose with the arguments; it must succeed. */
    Cli run(String... args) throws Exception {
        Cli result = tryRun(args);
        assertEquals(String.join(" ", args) + ": " + result.output(), 0, result.exit());
        return result;
    }

    Cli tryRun(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(COMPOSE, "--ansi", "never", "-p", project, "-f",
                file.toString()));
        command.addAll(List.of(args));
        return cli.withInput(command, null, true);
    }

    /** The name compose gives the first container of a service. */
    String container(String service) {
        return project + "_" + service + "_1";
    }
}
