package io.gantry.net.bridge.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** networks.json and leases.json under the driver's folder, each replaced atomically (temp, fsync, rename). */
final class StateStore {
    private static final ObjectMapper JSON = new ObjectMapper();
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
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value)));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new GantryException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
