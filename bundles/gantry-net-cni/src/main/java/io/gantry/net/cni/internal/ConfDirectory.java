package io.gantry.net.cni.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of network configurations (*.conflist, and *.conf with one plugin), read afresh on every scan so
 * that a file added, changed or removed counts at once. Files are taken in name order; a file that cannot be
 * used (bad JSON, a missing plugin binary, a name taken by an earlier file) is skipped with a warning.
 */
final class ConfDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(ConfDirectory.class);
    private static final ObjectMapper JSON = CniJson.MAPPER;

    private final Path dir;
    private final PluginPath pluginPath;
    private final Map<Path, String> warned = new ConcurrentHashMap<>();

    ConfDirectory(Path dir, PluginPath pluginPath) {
        this.dir = dir;
        this.pluginPath = pluginPath;
    }

    /** The usable networks by name, and why each other file was skipped. */
    record Scan(Map<String, NetworkConfigList> networks, List<Problem> problems) {
        /** The problem of the file that defines {@code network} (by its "name", else by its file name), if any. */
        Optional<Problem> problemOf(String network) {
            return problems.stream().filter(p -> network.equals(p.name())).findFirst().or(() -> problems.stream()
                    .filter(p -> p.file().getFileName().toString().replaceFirst("\\.conf(list)?$", "").equals(network))
                    .findFirst());
        }
    }

    /** A skipped file; {@code name} is its "name" field, null if it has none or is no JSON. */
    record Problem(Path file, String name, String message) {
    }

    Path dir() {
        return dir;
    }

    Scan scan() {
        Map<String, NetworkConfigList> networks = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files()) {
            JsonNode json = null;
            try {
                json = parse(file);
                NetworkConfigList list = read(file, json);
                NetworkConfigList earlier = networks.get(list.name());
                if (earlier != null) {
                    throw new InvalidArgumentException("network name " + list.name() + " is already defined by "
                            + earlier.file());
                }
                networks.put(list.name(), list);
            } catch (InvalidArgumentException e) {
                String name = json == null || !json.path("name").isTextual() ? null : json.get("name").asText();
                problems.add(new Problem(file, name, e.getMessage()));
            }
        }
        warnOnce(problems);
        return new Scan(networks, problems);
    }

    private static JsonNode parse(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidArgumentException("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidArgumentException("cannot read it: " + e.getMessage());
        }
    }

    private NetworkConfigList read(Path file, JsonNode json) {
        NetworkConfigList list = NetworkConfigList.of(file, json);
        for (String type : list.pluginTypes()) {
            if (pluginPath.find(type).isEmpty()) {
                throw new InvalidArgumentException("plugin binary " + type + " not found in " + pluginPath);
            }
        }
        return list;
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".conflist") || f.toString().endsWith(".conf"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new GantryException("cannot list CNI configuration folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private void warnOnce(List<Problem> problems) {
        warned.keySet().retainAll(problems.stream().map(Problem::file).toList());
        for (Problem problem : problems) {
            if (!problem.message().equals(warned.put(problem.file(), problem.message()))) {
                LOG.warn("Skipping CNI network configuration {}: {}", problem.file(), problem.message());
            }
        }
    }
}
