package io.gantry.ns.mnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.oci.Spec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Drives the real runc binary with its own state directory, so that tests see and clean up only their own. */
final class Runc {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final File DEV_NULL = new File("/dev/null");
    private final Path stateDir;
    private final List<String> created = new ArrayList<>();

    Runc(Path stateDir) {
        this.stateDir = stateDir;
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/sbin/runc")) || Files.isExecutable(Path.of("/usr/bin/runc"));
    }

    /** Runs the container in the foreground and returns its standard output; fails on a non-zero exit. */
    String run(String id, Path bundle, Spec spec) throws IOException, InterruptedException {
        writeConfig(bundle, spec);
        created.add(id);
        Path out = bundle.resolve("stdout");
        Path err = bundle.resolve("stderr");
        int exit = exec(List.of("run", "--bundle", bundle.toString(), id), out.toFile(), err.toFile());
        assertEquals(0, exit, () -> "runc run failed: " + read(err) + read(out));
        return read(out);
    }

    /** Starts the container in the background and returns the host pid of its init process. */
    int start(String id, Path bundle, Spec spec) throws IOException, InterruptedException {
        writeConfig(bundle, spec);
        created.add(id);
        Path err = bundle.resolve("stderr");
        int exit = exec(List.of("run", "--detach", "--bundle", bundle.toString(), id), DEV_NULL, err.toFile());
        assertEquals(0, exit, () -> "runc run --detach failed: " + read(err));
        Path state = bundle.resolve("state.json");
        assertEquals(0, exec(List.of("state", id), state.toFile(), err.toFile()), () -> read(err));
        return JSON.readTree(state.toFile()).get("pid").asInt();
    }

    /** Force-deletes every container this instance made; safe to call when they are already gone. */
    void deleteAll() throws IOException, InterruptedException {
        for (String id : created) {
            exec(List.of("delete", "--force", id), DEV_NULL, DEV_NULL);
        }
        Path list = Files.createTempFile("runc-list", ".txt");
        try {
            exec(List.of("list", "--quiet"), list.toFile(), DEV_NULL);
            assertTrue(read(list).isBlank(), () -> "containers left behind: " + read(list));
        } finally {
            Files.delete(list);
        }
    }

    private void writeConfig(Path bundle, Spec spec) throws IOException {
        JSON.writeValue(bundle.resolve("config.json").toFile(), spec);
    }

    private int exec(List<String> args, File out, File err) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("runc", "--root", stateDir.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectInput(DEV_NULL)
                .redirectOutput(out).redirectError(err).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("runc " + args + " did not finish within 30 s");
        }
        return process.exitValue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }
}
