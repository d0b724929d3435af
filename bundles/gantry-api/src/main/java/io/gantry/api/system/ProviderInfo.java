package io.gantry.api.system;

/**
 * One installed provider service.
 *
 * @param kind namespace, cgroup, storage, network, runtime or shim
 * @param active whether the engine uses this one for its name (the highest ranking wins)
 */
public record ProviderInfo(String kind, String name, String bundle, String bundleVersion, int ranking,
        boolean active) {
}
