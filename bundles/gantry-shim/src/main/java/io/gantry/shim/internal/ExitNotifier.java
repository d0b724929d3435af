package io.gantry.shim.internal;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads exit files and tells the listeners, once per run of a container, that it exited. Only files of
 * containers this shim started count, which also skips the temporary files conmon renames into place.
 */
final class ExitNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(ExitNotifier.class);

    private final ShimPaths paths;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    ExitNotifier(ShimPaths paths) {
        this.paths = paths;
    }

    void add(Consumer<String> listener) {
        listeners.add(listener);
    }

    void remove(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** Called for every change in the exit folder. An empty file is skipped: its write comes as a new event. */
    void exitFileChanged(String name) {
        if (!ShimIds.isValid(name) || !Files.isDirectory(paths.containerDir(name))) {
            return;
        }
        if (exitCode(name).isPresent() && reported.add(name)) {
            for (Consumer<String> listener : listeners) {
                try {
                    listener.accept(name);
                } catch (RuntimeException e) {
                    LOG.error("Exit listener {} failed for container {}", listener, name, e);
                }
            }
        }
    }

    /** The exit code conmon recorded, once the file holds one. */
    Optional<Integer> exitCode(String id) {
        Path file = paths.exitFile(id);
        try {
            return Optional.of(Integer.parseInt(Files.readString(file).strip()));
        } catch (NoSuchFileException | NumberFormatException notYet) {
            return Optional.empty();
        } catch (IOException e) {
            throw new GantryException("cannot read exit file " + file + ": " + e, e);
        }
    }

    /** A new run of the container may be reported again. */
    void forget(String id) {
        reported.remove(id);
    }
}
