package io.gantry.itests.compat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Karaf as a child process: {@code bin/karaf server} to start, {@code bin/stop} then destroy to stop. */
final class KarafProcess {
    private static final Duration STOP = Duration.ofSeconds(60);

    private final Path home;
    private final Process process;

    private KarafProcess(Path home, Process process) {
        this.home = home;
        this.process = process;
    }

    static KarafProcess start(Path home) throws IOException {
        Process process = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectInput(new File("/dev/null"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .start();
        return new KarafProcess(home, process);
    }

    /** Fails (as an Error, which polling does not swallow) once Karaf has exited. */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new AssertionError("Karaf exited with status " + process.exitValue() + "; see "
                    + home.resolve("console.log") + " and " + home.resolve("data/log/karaf.log"));
        }
    }

    /** Kills Karaf's JVM with SIGKILL, as a crash would, and waits until it and bin/karaf are gone. */
    void killJvm() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        ProcessHandle jvm = jvm();
        jvm.destroyForcibly();
        jvm.onExit().get(STOP.toSeconds(), TimeUnit.SECONDS);
        if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
            throw new IOException("bin/karaf (pid " + process.pid() + ") did not end after its JVM was killed");
        }
    }

    /** The JVM that bin/karaf started: the pid in karaf.pid, checked to be a java process below bin/karaf. */
    ProcessHandle jvm() throws IOException {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
        return process.descendants()
                .filter(p -> p.pid() == pid && p.info().command().orElse("").endsWith("/java")).findFirst()
                .orElseThrow(() -> new IOException("karaf.pid names " + pid
                        + ", which is no java process below bin/karaf (pid " + process.pid() + ")"));
    }

    void stop() throws IOException, InterruptedException {
        if (process.isAlive()) {
            Process stop = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectInput(new File("/dev/null")).redirectErrorStream(true)
                    .redirectOutput(home.resolve("stop.log").toFile()).start();
            if (!stop.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
        }
        if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
            throw new IOException("Karaf did not stop within " + STOP.toSeconds() + " s of bin/stop; killed it");
        }
    }
}
