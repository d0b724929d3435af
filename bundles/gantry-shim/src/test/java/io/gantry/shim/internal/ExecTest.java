package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.oci.Process;
import io.gantry.api.shim.ExecProcess;
import io.gantry.api.shim.ExecRequest;
import io.gantry.api.shim.ShimRequest;
import io.gantry.testkit.OutputCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The folder and the conmon of each exec, made for it and removed after it. */
class ExecTest extends RealShimTest {
    /** Its attach socket's path is longer than a sockaddr_un holds. */
    private static final String LONG_EXEC_ID = "e1-" + "0123456789abcdef".repeat(6);

    @Test
    void anExecWithALongIdAttachesAndItsFolderGoesWhenItEnds() throws Exception {
        ShimRequest container = runSleeping();
        ExecProcess exec = shim.exec(exec(container, LONG_EXEC_ID, "sh", "-c", "echo out"), true);
        OutputCollector output = OutputCollector.of(exec.stdio());

        assertEquals(0, exec.exit().get(10, TimeUnit.SECONDS));
        output.awaitEnd();
        assertEquals("out\n", output.stdout());
        exec.stdio().close();
        assertFalse(Files.exists(execFolder(container, LONG_EXEC_ID)), "the exec's folder is removed once it ended");
    }

    @Test
    void aDetachedExecLeavesNoFolder() throws Exception {
        ShimRequest container = runSleeping();
        ExecProcess exec = shim.exec(exec(container, "e3", "true"), false);
        assertEquals(0, exec.exit().get(10, TimeUnit.SECONDS));
        assertFalse(Files.exists(execFolder(container, "e3")));
    }

    @Test
    void aFailedExecLeavesNoFolderAndNoConmon() throws Exception {
        ShimRequest container = runSleeping();
        GantryException e = assertThrows(GantryException.class,
                () -> shim.exec(exec(container, "e4", "/no/such/tool"), true));

        assertTrue(e.getMessage().startsWith("cannot start exec e4 in container " + container.containerId() + ": "),
                e.getMessage());
        assertFalse(Files.exists(execFolder(container, "e4")));
        assertEquals(List.of(), execConmons(container.containerId()));
    }

    @Test
    void anExecInAStoppedContainerSaysSoAndLeavesNothing() throws Exception {
        ShimRequest request = request(List.of("true"));
        String id = request.containerId();
        run(request);
        assertEquals(id, exited.poll(10, TimeUnit.SECONDS));

        FailedPreconditionException stopped = assertThrows(FailedPreconditionException.class,
                () -> shim.exec(exec(request, "e5", "true"), true));
        assertEquals("cannot exec in container " + id + ": it is stopped, not running", stopped.getMessage());
        assertFalse(Files.exists(execFolder(request, "e5").getParent()));
        assertEquals(List.of(), execConmons(id));
    }

    private ShimRequest runSleeping() {
        ShimRequest request = request(List.of("sleep", "30"));
        run(request);
        return request;
    }

    private ExecRequest exec(ShimRequest container, String execId, String... args) {
        Process process = new Process();
        process.args.addAll(List.of(args));
        process.env.add("PATH=/bin");
        return new ExecRequest(container.containerId(), execId, container.bundleDir(), runtime, process, false);
    }

    private Path execFolder(ShimRequest container, String execId) {
        return runRoot.resolve("shim").resolve(container.containerId()).resolve("exec").resolve(execId);
    }

    private static List<Integer> execConmons(String id) throws Exception {
        return ShimFixture.conmonsOf(id).stream()
                .filter(pid -> ConmonProcesses.arguments(pid).contains("--exec")).toList();
    }
}
