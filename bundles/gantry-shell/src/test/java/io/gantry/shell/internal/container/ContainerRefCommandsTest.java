package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Containers;
import io.gantry.testkit.fake.FakeContainers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** start, stop, restart, rename, kill and rm: one service call per reference, each printed once done. */
class ContainerRefCommandsTest {
    private static final String WEB = Containers.id("ab");
    private static final String DB = Containers.id("cd");

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();

    @BeforeEach
    void twoContainers() {
        containers.add(Containers.created(WEB, "web", ContainerConfig.builder("busybox").build(), Instant.now()));
        containers.add(Containers.created(DB, "db", ContainerConfig.builder("busybox").build(), Instant.now()));
    }

    @Test
    void start() throws Exception {
        StartCommand start = parse(new StartCommand(), "web", "cdcd");
        start.containers = containers;
        start.execute();
        assertEquals(List.of("start " + WEB, "start " + DB), containers.calls);
        assertEquals("web\ncdcd\n", console.out());
    }

    @Test
    void pauseAndUnpause() throws Exception {
        containers.setState("web", ContainerState.RUNNING);
        containers.setState("db", ContainerState.RUNNING);
        PauseCommand pause = parse(new PauseCommand(), "web", "db");
        pause.containers = containers;
        pause.execute();
        UnpauseCommand unpause = parse(new UnpauseCommand(), "web");
        unpause.containers = containers;
        unpause.execute();
        assertEquals(List.of("pause " + WEB, "pause " + DB, "unpause " + WEB), containers.calls);
        assertEquals("web\ndb\nweb\n", console.out());
    }

    @Test
    void stopWithAndWithoutTimeout() throws Exception {
        StopCommand stop = parse(new StopCommand(), "-t", "5", "web");
        stop.containers = containers;
        stop.execute();
        StopCommand stopDefault = parse(new StopCommand(), "db");
        stopDefault.containers = containers;
        stopDefault.execute();
        assertEquals(List.of("stop " + WEB + " PT5S", "stop " + DB + " null"), containers.calls);
        assertEquals("web\ndb\n", console.out());
    }

    @Test
    void restart() throws Exception {
        RestartCommand restart = parse(new RestartCommand(), "--time", "0", "web");
        restart.containers = containers;
        restart.execute();
        assertEquals(List.of("restart " + WEB + " PT0S"), containers.calls);
    }

    @Test
    void renameIsOneCall() throws Exception {
        RenameCommand rename = parse(new RenameCommand(), "web", "api");
        rename.containers = containers;
        rename.execute();
        assertEquals(List.of("rename " + WEB + " api"), containers.calls);
    }

    @Test
    void killSendsKillUnlessToldOtherwise() throws Exception {
        KillCommand kill = parse(new KillCommand(), "web");
        kill.containers = containers;
        kill.execute();
        KillCommand hup = parse(new KillCommand(), "-s", "HUP", "db");
        hup.containers = containers;
        hup.execute();
        assertEquals(List.of("kill " + WEB + " KILL", "kill " + DB + " HUP"), containers.calls);
    }

    @Test
    void removeWithForce() throws Exception {
        RemoveCommand rm = parse(new RemoveCommand(), "-f", "web", "db");
        rm.containers = containers;
        rm.execute();
        assertEquals(List.of("remove " + WEB + " force=true", "remove " + DB + " force=true"),
                containers.calls);
    }

    @Test
    void removeWithVolumesAsksForTheAnonymousVolumesToGoToo() throws Exception {
        RemoveCommand rm = parse(new RemoveCommand(), "-v", "web");
        rm.containers = containers;
        rm.execute();
        RemoveCommand forced = parse(new RemoveCommand(), "-f", "--volumes", "db");
        forced.containers = containers;
        forced.execute();
        assertEquals(List.of("remove " + WEB + " force=false volumes", "remove " + DB + " force=true volumes"),
                containers.calls);
        assertEquals("web\ndb\n", console.out());
    }

    @Test
    void anUnknownReferenceFailsAfterTheOthersWereHandled() throws Exception {
        RemoveCommand rm = parse(new RemoveCommand(), "nope", "web");
        rm.containers = containers;
        NotFoundException e = assertThrows(NotFoundException.class, rm::execute);
        assertEquals("No such container: nope", e.getMessage());
        assertEquals(List.of("remove " + WEB + " force=false"), containers.calls);
        assertEquals("web\n", console.out());
    }
}
