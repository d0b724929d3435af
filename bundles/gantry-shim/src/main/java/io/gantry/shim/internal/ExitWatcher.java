package io.gantry.shim.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches conmon's exit folder on a daemon thread of its own and reports the name of each file created
 * or written there. After an event overflow it reports every file in the folder.
 */
final class ExitWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExitWatcher.class);
    private static final long STOP_WAIT_MILLIS = 1000;

    private final Path dir;
    private final Consumer<String> onChange;
    private final WatchService watchService;
    private final Thread thread;

    private ExitWatcher(Path dir, Consumer<String> onChange) throws IOException {
        this.dir = dir;
        this.onChange = onChange;
        this.watchService = dir.getFileSystem().newWatchService();
        dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY);
        this.thread = new Thread(this::run, "conmon exits in " + dir);
        thread.setDaemon(true);
    }

    static ExitWatcher start(Path dir, Consumer<String> onChange) throws IOException {
        ExitWatcher watcher = new ExitWatcher(dir, onChange);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        reportAll();
                    } else {
                        report(event.context().toString());
                    }
                }
                if (!key.reset()) {
                    LOG.error("Exit folder {} is gone; container exits are no longer reported", dir);
                    return;
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // close() was called
        }
    }

    private void reportAll() {
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> report(file.getFileName().toString()));
        } catch (IOException e) {
            LOG.error("Cannot list exit folder {} after missed events: {}", dir, e.toString());
        }
    }

    private void report(String name) {
        try {
            onChange.accept(name);
        } catch (RuntimeException e) {
            LOG.error("Handling exit file {} in {} failed", name, dir, e);
        }
    }

    @Override
    public void close() {
        try {
            watchService.close();
            thread.join(STOP_WAIT_MILLIS);
        } catch (IOException e) {
            LOG.warn("Closing the watch on {} failed: {}", dir, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
