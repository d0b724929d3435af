package io.gantry.core.internal.state;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The containers in memory by id and by name; a name is reserved before its container exists. */
public final class ContainerIndex {
    private final Map<String, ContainerHandle> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByName = new ConcurrentHashMap<>();

    /** @throws ConflictException if another container holds the name */
    public void reserveName(String name, String id) {
        String holder = idByName.putIfAbsent(name, id);
        if (holder != null && !holder.equals(id)) {
            throw new ConflictException("container name /" + name + " is already in use by container " + holder);
        }
    }

    public void releaseName(String name, String id) {
        idByName.remove(name, id);
    }

    public void add(ContainerHandle handle) {
        byId.put(handle.id(), handle);
    }

    public void remove(ContainerHandle handle) {
        byId.remove(handle.id(), handle);
        releaseName(handle.view().name(), handle.id());
    }

    public ContainerHandle byId(String id) {
        return byId.get(id);
    }

    public Collection<ContainerHandle> all() {
        return List.copyOf(byId.values());
    }

    /** Exact id, then exact name (with or without a leading '/'), then a unique id prefix. */
    public ContainerHandle resolve(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new NotFoundException("No such container: " + ref);
        }
        ContainerHandle exact = byId.get(ref);
        if (exact != null) {
            return exact;
        }
        String id = idByName.get(ref.startsWith("/") ? ref.substring(1) : ref);
        ContainerHandle named = id == null ? null : byId.get(id);
        if (named != null) {
            return named;
        }
        List<ContainerHandle> matches = byId.values().stream().filter(h -> h.id().startsWith(ref)).toList();
        if (matches.size() > 1) {
            throw new InvalidArgumentException("multiple containers found with provided prefix: " + ref);
        }
        if (matches.isEmpty()) {
            throw new NotFoundException("No such container: " + ref);
        }
        return matches.get(0);
    }
}
