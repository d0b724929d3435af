package io.gantry.image.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** A real docker-registry on a free loopback port, with its storage and access log under a directory. */
final class LocalRegistry implements AutoCloseable {
    private static final Duration START_DEADLINE = Duration.ofSeconds(20);

    final int port;
    final Path log;
    private final Process process;

    private LocalRegistry(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** @param htpasswd an htpasswd file to require basic auth with, or null for an open registry */
    static LocalRegistry start(Path dir, Path htpasswd) throws IOException, InterruptedException {
        int port = freePort();
        String auth = htpasswd == null ? "" : "auth:\n  htpasswd:\n    realm: gantry\n    path: " + htpasswd + "\n";
        Path config = Files.writeString(dir.resolve("config.yml"), "version: 0.1\n"
                + "log:\n  level: info\n"
                + "storage:\n  filesystem:\n    rootdirectory: " + Files.createDirectories(dir.resolve("data")) + "\n"
                + "  delete:\n    enabled: true\n"
                + "http:\n  addr: 127.0.0.1:" + port + "\n" + auth);
        Path log = dir.resolve("registry.log");
        Process process = new ProcessBuilder("/usr/bin/docker-registry", "serve", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalRegistry registry = new LocalRegistry(port, log, process);
        try {
            registry.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    String host() {
        return "127.0.0.1:" + port;
    }

    /** How many requests the access log shows whose request line contains {@code fragment}. */
    long requests(String fragment) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains("\"" + fragment)).count();
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("docker-registry exited: " + Files.readString(log));
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://" + host() + "/v2/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 401) {
                    return;
                }
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("docker-registry did not answer within " + START_DEADLINE, notYet);
                }
            }
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
