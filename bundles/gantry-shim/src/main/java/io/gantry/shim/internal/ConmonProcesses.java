package io.gantry.shim.internal;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Finds and ends a container's conmon, which is no child of ours once it has daemonized. */
final class ConmonProcesses {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private ConmonProcesses() {
    }

    /** The pid conmon wrote to its pid file, if it did. */
    static OptionalInt pid(Path pidFile) {
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(pidFile).strip()));
        } catch (NoSuchFileException | NumberFormatException notWritten) {
            return OptionalInt.empty();
        } catch (IOException e) {
            throw new GantryException("cannot read conmon pid file " + pidFile + ": " + e, e);
        }
    }

    /**
     * Whether {@code pid} is a live conmon for container {@code id}. The command line guards against a
     * reused pid; a zombie has an empty one and so counts as dead.
     */
    static boolean isConmonFor(int pid, String id) {
        List<String> argv = arguments(pid);
        int cid = argv.indexOf("-c");
        return !argv.isEmpty() && argv.get(0).endsWith("conmon") && cid > 0 && cid + 1 < argv.size()
                && argv.get(cid + 1).equals(id);
    }

    /** The command line of a live process; empty for a zombie or a process that is gone. */
    static List<String> arguments(int pid) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "cmdline"));
            return cmdline.length == 0 ? List.of()
                    : Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException gone) {
            return List.of();
        }
    }

    /** Kills the process and everything below it, e.g. conmon with a hung {@code runtime create}. */
    static void killTree(int pid) {
        ProcessHandle.of(pid).ifPresent(root -> {
            root.descendants().forEach(ProcessHandle::destroyForcibly);
            root.destroyForcibly();
        });
    }

    /** Waits up to {@code limit} for the conmon of {@code id} to end; true if it did. */
    static boolean awaitExit(int pid, String id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (isConmonFor(pid, id)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }
}
