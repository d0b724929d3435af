package io.gantry.core.internal.network;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Persistent network namespaces, one per container at {@code <run.root>/netns/<id>}: an empty file with a new
 * namespace bind-mounted on it by util-linux unshare, so that it lives on without any process inside.
 */
final class NetnsFiles {
    private static final long COMMAND_TIMEOUT_SECONDS = 10;
    private final Path dir;

    NetnsFiles(Path runRoot) {
        this.dir = runRoot.resolve("netns");
    }

    Path pathOf(String id) {
        return dir.resolve(id);
    }

    Path create(String id) {
        Path file = pathOf(id);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(file);
            Files.createFile(file);
        } catch (IOException e) {
            throw new GantryException("cannot create network namespace file " + file + ": " + e.getMessage(), e);
        }
        try {
            run(List.of("unshare", "--net=" + file, "true"));
        } catch (RuntimeException e) {
            remove(id);
            throw e;
        }
        return file;
    }

    /** Unmounts and deletes the file; nothing happens if it is gone already. */
    void remove(String id) {
        Path file = pathOf(id);
        if (!Files.exists(file)) {
            return;
        }
        if (isMounted(file)) {
            try {
                run(List.of("umount", "-l", file.toString()));
            } catch (RuntimeException e) {
                if (isMounted(file)) {
                    throw e;
                }
                // someone else unmounted it meanwhile
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new GantryException("cannot delete network namespace file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Ids of the containers that have a namespace file. */
    List<String> ids() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new GantryException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isMounted(Path file) {
        String target = " " + file.toAbsolutePath() + " ";
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/mountinfo"))) {
            return lines.anyMatch(line -> line.contains(target));
        } catch (IOException e) {
            return true;
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GantryException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new GantryException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new GantryException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(String.join(" ", command) + " was interrupted", e);
        }
    }
}
