package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.runtime.oci.testing.TestRuntimes;
import io.gantry.testkit.Await;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failed starts leave nothing behind; misuse is refused with typed errors. */
class ConmonShimFailureTest extends RealShimTest {
    @Test
    void failsWithTheRuntimesMessageAndLeavesNoFileBehind() throws Exception {
        ShimRequest request = request(List.of("/nonexistent"));
        String id = request.containerId();
        GantryException e = assertThrows(GantryException.class, () -> shim.start(request));
        assertTrue(e.getMessage().startsWith("cannot create container " + id + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("stat /nonexistent: no such file or directory"), e.getMessage());

        assertEquals(List.of(), ShimFixture.conmonsOf(id));
        assertFalse(Files.exists(runRoot.resolve("shim").resolve(id)), "per-container folder");
        assertFalse(Files.exists(runRoot.resolve("shim/sockets").resolve(id), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(runRoot.resolve("shim/exits").resolve(id)), "exit file");
        assertFalse(Files.exists(request.logPath()), "log file");
        for (String conmonFile : List.of("attach", "ctl", "winsz")) {
            assertFalse(Files.exists(request.bundleDir().resolve(conmonFile)), conmonFile + " in the bundle");
        }
    }

    @Test
    void killsAHungCreateAtTheDeadline() throws Exception {
        Path pidFile = temp.resolve("hung-create.pid");
        Path hangingRuntime = temp.resolve("hanging-runc");
        Files.writeString(hangingRuntime, "#!/bin/sh\ncase \"$*\" in\n*create*) echo $$ > " + pidFile
                + "; exec sleep 30;;\nesac\n");
        Files.setPosixFilePermissions(hangingRuntime, PosixFilePermissions.fromString("rwxr-xr-x"));
        ConmonShimManager impatient = newShim(ShimFixture.config(runRoot, "/usr/bin/conmon", 1));
        try {
            ShimRequest valid = request(List.of("true"));
            ShimRequest request = new ShimRequest(valid.containerId(), valid.name(), valid.bundleDir(),
                    TestRuntimes.runc(runRoot, hangingRuntime.toString()), valid.logPath(), false, false);
            GantryException e = assertThrows(GantryException.class, () -> impatient.start(request));
            assertTrue(e.getMessage().contains("within 1 s"), e.getMessage());

            int createPid = Integer.parseInt(Files.readString(pidFile).strip());
            Await.until("the hung create " + createPid + " is killed",
                    () -> ProcessHandle.of(createPid).map(p -> !p.isAlive()).orElse(true));
            assertEquals(List.of(), ShimFixture.conmonsOf(request.containerId()));
            assertFalse(Files.exists(runRoot.resolve("shim").resolve(request.containerId())));
        } finally {
            impatient.deactivate();
        }
    }

    @Test
    void namesAMissingConmonBinary() throws Exception {
        Path missing = temp.resolve("bin/conmon");
        ConmonShimManager broken = newShim(ShimFixture.config(runRoot, missing.toString()));
        try {
            ShimRequest request = request(List.of("true"));
            FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                    () -> broken.start(request));
            assertEquals("shim conmon not found: " + missing + " does not exist; install the conmon package",
                    e.getMessage());
            assertFalse(Files.exists(runRoot.resolve("shim").resolve(request.containerId())));
        } finally {
            broken.deactivate();
        }
    }

    @Test
    void aSecondStartNamesTheRunningConmon() throws Exception {
        ShimRequest request = request(List.of("sleep", "30"));
        ShimProcess first = shim.start(request);
        ConflictException e = assertThrows(ConflictException.class, () -> shim.start(request));
        assertTrue(e.getMessage().contains("pid " + first.shimPid()), e.getMessage());
    }

    @Test
    void rejectsIdsThatCollideWithItsFolders() throws Exception {
        ShimRequest valid = request(List.of("true"));
        ShimRequest request = new ShimRequest("exits", "x", valid.bundleDir(), runtime, valid.logPath(), false, false);
        assertThrows(InvalidArgumentException.class, () -> shim.start(request));
        assertThrows(InvalidArgumentException.class, () -> shim.exitCode("sockets"));
    }
}
