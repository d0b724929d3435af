package io.gantry.net.bridge.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.api.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** networks.json and leases.json under the driver's folder, each replaced atomically (temp, fsync, rename). */
final class StateStore {
    private static final ObjectMapper JSON = BridgeJson.MAPPER;
    private final Path networksFile;
    private final Path leasesFile;

    StateStore(Path folder) {
        this.networksFile = folder.resolve("networks.json");
        this.leasesFile = folder.resolve("leases.json");
    }

    List<NetworkRecord> loadNetworks() {
        return load(networksFile, new TypeReference<List<NetworkRecord>>() { });
    }

    List<EndpointRecord> loadEndpoints() {
        return load(leasesFile, new TypeReference<List<EndpointRecord>>() { });
    }

    void saveNetworks(List<NetworkRecord> networks) {
        save(networksFile, networks);
    }

    void saveEndpoints(List<EndpointRecord> endpoints) {
        save(leasesFile, endpoints);
    }

    private static <T> List<T> load(Path file, TypeReference<List<T>> type) {
        try {
            return Files.exists(file) ? new ArrayList<>(JSON.readValue(file.toFile(), type)) : new ArrayList<>();
        } catch (IOException e) {
            throw new GantryException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void save(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new GantryException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
