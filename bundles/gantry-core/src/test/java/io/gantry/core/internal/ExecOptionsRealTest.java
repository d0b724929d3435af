package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.testkit.OutputCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker exec -u, -w, -e and --privileged in a real busybox container. */
class ExecOptionsRealTest extends RealEngineTest {
    private Container box;

    @BeforeAll
    void startTheContainer() {
        box = real.run(RealEngine.busybox("sleep", "1000").env(List.of("KEEP=container", "OVER=container")));
    }

    private String exec(ExecConfig config) throws Exception {
        String id = real.engine.exec.createExec(box.id(), config);
        OutputCollector output = OutputCollector.of(real.engine.exec.startExec(id));
        output.awaitEnd();
        assertEquals(0, real.engine.exec.inspectExec(id).exitCode(), output.stdout() + output.stderr());
        return output.stdout() + output.stderr();
    }

    private static ExecConfig sh(String script, List<String> env, String user, String workingDir,
            boolean privileged) {
        return new ExecConfig(List.of("sh", "-c", script), env, user, workingDir, false, false, true, true,
                privileged);
    }

    @Test
    void userByNameOrIdsAndWorkingDirApply() throws Exception {
        assertEquals("65534 65534 /tmp\n", exec(sh("echo $(id -u) $(id -g) $(pwd)", null, "nobody", "/tmp", false)));
        assertEquals("123 45 /\n", exec(sh("echo $(id -u) $(id -g) $(pwd)", null, "123:45", null, false)));
    }

    @Test
    void envIsMergedOverTheContainersEnv() throws Exception {
        assertEquals("container exec 1\n", exec(sh("echo $KEEP $OVER $A", List.of("OVER=exec", "A=1"), null, null,
                false)));
    }

    @Test
    void aPrivilegedExecHasEveryCapabilityOfTheHost() throws Exception {
        String bounding = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("CapBnd:")).findFirst().orElseThrow().substring("CapBnd:".length());
        assertEquals("CapEff:" + bounding + "\n", exec(sh("grep CapEff /proc/self/status", null, null, null, true)));
        assertEquals("CapEff:\t00000000a80425fb\n", exec(sh("grep CapEff /proc/self/status", null, null, null,
                false)));
    }

    @Test
    void anUnknownUserIsDockersError() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> real.engine.exec.createExec(box.id(), sh("true", null, "ghost", null, false)));
        assertEquals("unable to find user ghost: no matching entries in passwd file", e.getMessage());
    }

    @Test
    void aMissingWorkingDirFailsTheStartAsRuncTellsDocker() {
        String id = real.engine.exec.createExec(box.id(), sh("pwd", null, null, "/not/there", false));
        GantryException e = assertThrows(GantryException.class, () -> real.engine.exec.startExec(id));
        assertTrue(e.getMessage().contains("chdir to cwd (\"/not/there\") set in config.json failed: no such file"
                + " or directory"), e.getMessage());
    }
}
