package io.gantry.itests.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.itests.TestBridge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Gantry distribution running as a child process ({@code bin/karaf server}), with its data under
 * target/ and its socket at /run/gantry-compat/gantry.sock. Closing it removes every container, stops
 * Karaf and removes the folders it used, keeping Karaf's log under target/compat-logs.
 */
public final class GantryEngine implements ExtensionContext.Store.CloseableResource {
    private static final Duration BOOT = Duration.ofMinutes(2);

    private final Path home;
    private final Path dataRoot;
    private final Path logs;
    private final TestBridge bridge;
    private final UnixHttp api = new UnixHttp(Distribution.SOCKET);
    private KarafProcess karaf;

    private GantryEngine(Path target, String unique) {
        this.home = target.resolve("dist-" + unique);
        this.dataRoot = target.resolve("compat-data-" + unique);
        this.bridge = new TestBridge(unique.substring(0, Math.min(6, unique.length())));
        this.logs = target.resolve("compat-logs").resolve(unique);
    }

    static GantryEngine start() {
        if (new UnixHttp(Distribution.SOCKET).answersPing()) {
            throw new IllegalStateException("an engine already answers on " + Distribution.RUN_ROOT
                    + "/gantry.sock: stop it before running these tests");
        }
        GantryEngine engine = new GantryEngine(Path.of(System.getProperty("project.build.directory", "target"))
                .toAbsolutePath(), UUID.randomUUID().toString().substring(0, 8));
        try {
            engine.boot();
            return engine;
        } catch (Throwable failure) {
            try {
                engine.close();
            } catch (Throwable cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw new IllegalStateException("the Gantry distribution did not start", failure);
        }
    }

    private void boot() throws IOException, InterruptedException {
        Distribution.unpack(Distribution.tarball(), home);
        Distribution.configure(home, dataRoot, bridge);
        startKaraf();
    }

    private void startKaraf() throws IOException {
        karaf = KarafProcess.start(home);
        Poll.until("GET /_ping to answer OK on " + Distribution.SOCKET, BOOT, () -> {
            karaf.requireAlive();
            return api.answersPing();
        });
    }

    /** Kills Karaf's JVM with SIGKILL, as a crash would: containers, their conmon and all files stay. */
    void killJvm() throws Exception {
        karaf.killJvm();
    }

    /** Starts Karaf again on the same home and roots, as after a crash, once {@link #killJvm()} ended it. */
    void restart() throws IOException {
        if (api.answersPing()) {
            throw new IllegalStateException("the engine still answers on " + Distribution.SOCKET);
        }
        startKaraf();
    }

    Path dataRoot() {
        return dataRoot;
    }

    UnixHttp api() {
        return api;
    }

    List<String> containerIds() throws IOException {
        HttpReply list = api.get("/containers/json?all=1");
        if (list.status() != 200) {
            throw new IOException("GET /containers/json?all=1 answered " + list);
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode container : list.json()) {
            ids.add(container.path("Id").asText());
        }
        return ids;
    }

    void removeAllContainers() throws IOException {
        for (String id : containerIds()) {
            HttpReply removed = api.delete("/containers/" + id + "?force=1");
            if (removed.status() != 204 && removed.status() != 404) {
                throw new IOException("DELETE /containers/" + id + "?force=1 answered " + removed);
            }
        }
        Poll.until("every container to be gone", Duration.ofSeconds(30), () -> containerIds().isEmpty());
    }

    @Override
    public void close() throws Throwable {
        Cleanup cleanup = new Cleanup();
        if (karaf != null) {
            if (api.answersPing()) {
                cleanup.run(this::removeAllContainers);
            }
            cleanup.run(karaf::stop);
            cleanup.run(bridge::remove);
            cleanup.run(this::keepLogs);
        }
        cleanup.run(() -> Folders.deleteTree(Distribution.RUN_ROOT));
        cleanup.run(() -> Folders.deleteTree(dataRoot));
        cleanup.run(() -> Folders.deleteTree(home));
        cleanup.rethrow();
    }

    private void keepLogs() throws IOException {
        Files.createDirectories(logs);
        for (Path log : List.of(home.resolve("console.log"), home.resolve("data/log/karaf.log"))) {
            if (Files.exists(log)) {
                Files.copy(log, logs.resolve(log.getFileName()));
            }
        }
    }
}
