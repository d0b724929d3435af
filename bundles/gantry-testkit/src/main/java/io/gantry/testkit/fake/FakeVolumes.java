package io.gantry.testkit.fake;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeNames;
import io.gantry.api.volume.VolumePrune;
import io.gantry.api.volume.VolumeService;
import io.gantry.api.volume.VolumeSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Volumes in memory, of the "local" driver only, with the containers that use them as tests set them up. Each
 * volume's data takes {@link #SIZE} bytes. Removing a used volume is refused as the engine refuses it.
 */
public final class FakeVolumes implements VolumeService {
    public static final long SIZE = 4096;
    public static final Instant CREATED = Instant.parse("2024-05-01T10:00:00Z");

    /** Each call that acted, in order: "create local db {k=v} {type=tmpfs}", "remove db force=false"... */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** The volumes held, by name, in the order they were made. */
    public final Map<String, Volume> byName = new LinkedHashMap<>();
    /** Container ids using each volume; a running user is one in {@link #running} too. */
    public final Map<String, List<String>> users = new ConcurrentHashMap<>();
    public final Set<String> running = ConcurrentHashMap.newKeySet();

    /** Holds a local volume with no labels and no options; not journaled. */
    public synchronized Volume add(String name) {
        return add(new Volume(name, DEFAULT_DRIVER, "/var/lib/gantry/volumes/" + name + "/_data", CREATED, Map.of(),
                Map.of(), "local"));
    }

    public synchronized Volume add(Volume volume) {
        byName.put(volume.name(), volume);
        return volume;
    }

    @Override
    public synchronized Volume create(String driver, VolumeSpec spec) {
        String chosen = driver == null || driver.isEmpty() ? DEFAULT_DRIVER : driver;
        if (!chosen.equals(DEFAULT_DRIVER)) {
            throw new NotFoundException("no volume driver named " + chosen + " is installed (installed: local)");
        }
        String name = spec.name() == null ? VolumeNames.generate() : VolumeNames.check(spec.name());
        Volume held = byName.get(name);
        if (held != null) {
            return held;
        }
        calls.add("create " + chosen + " " + name + " " + spec.labels() + " " + spec.options());
        return add(new Volume(name, chosen, "/var/lib/gantry/volumes/" + name + "/_data", CREATED, spec.labels(),
                spec.options(), "local"));
    }

    @Override
    public synchronized List<Volume> list() {
        return List.copyOf(byName.values());
    }

    @Override
    public synchronized Volume inspect(String name) {
        Volume volume = byName.get(name);
        if (volume == null) {
            throw new NotFoundException("no such volume: " + name);
        }
        return volume;
    }

    @Override
    public List<String> users(String name) {
        return users.getOrDefault(name, List.of());
    }

    @Override
    public long size(String name) {
        inspect(name);
        return SIZE;
    }

    @Override
    public synchronized void remove(String name, boolean force) {
        inspect(name);
        List<String> using = users(name);
        if (!using.isEmpty() && (!force || using.stream().anyMatch(running::contains))) {
            throw new ConflictException("remove " + name + ": volume is in use - " + using);
        }
        byName.remove(name);
        calls.add("remove " + name + " force=" + force);
    }

    @Override
    public synchronized VolumePrune prune(Predicate<Volume> which) {
        List<String> deleted = new ArrayList<>();
        for (Volume volume : List.copyOf(byName.values())) {
            if (users(volume.name()).isEmpty() && which.test(volume)) {
                byName.remove(volume.name());
                deleted.add(volume.name());
            }
        }
        calls.add("prune " + deleted);
        return new VolumePrune(deleted, SIZE * deleted.size());
    }
}
