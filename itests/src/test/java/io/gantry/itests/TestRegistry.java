package io.gantry.itests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Debian's docker-registry on a free loopback port, plain http, its storage and log under a folder. */
final class TestRegistry implements AutoCloseable {
    private static final Duration START_DEADLINE = Duration.ofSeconds(20);

    private final int port;
    private final Path log;
    private final Process process;

    private TestRegistry(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static TestRegistry start(Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = Files.writeString(dir.resolve("config.yml"), "version: 0.1\n"
                + "log:\n  level: info\n"
                + "storage:\n  filesystem:\n    rootdirectory: " + Files.createDirectories(dir.resolve("data")) + "\n"
                + "http:\n  addr: 127.0.0.1:" + port + "\n");
        Path log = dir.resolve("registry.log");
        Process process = new ProcessBuilder("/usr/bin/docker-registry", "serve", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        TestRegistry registry = new TestRegistry(port, log, process);
        try {
            registry.awaitReady();
        } catch (Exception | AssertionError e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    String host() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("docker-registry exited: " + Files.readString(log));
            }
            try {
                HttpRequest ping = HttpRequest.newBuilder(URI.create("http://" + host() + "/v2/")).build();
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("docker-registry did not answer within " + START_DEADLINE, notYet);
                }
            }
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
