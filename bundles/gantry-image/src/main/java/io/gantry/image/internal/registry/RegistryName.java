package io.gantry.image.internal.registry;

import java.util.Locale;

/**
 * Where a repository lives: the registry host[:port] and the repository path on it. Docker's rule decides
 * whether the first component is a registry: it is if it holds a '.' or ':' or is "localhost"; otherwise the
 * repository is on Docker Hub, with "library/" before single-component names.
 *
 * @param registry host[:port] as the user wrote it, "docker.io" for Docker Hub
 */
public record RegistryName(String registry, String path) {
    public static final String DOCKER_HUB = "docker.io";
    private static final String DOCKER_HUB_API = "registry-1.docker.io";

    /** @param repository a repository in the familiar form that {@code Reference} produces */
    public static RegistryName of(String repository) {
        int slash = repository.indexOf('/');
        if (slash > 0 && isRegistry(repository.substring(0, slash))) {
            return new RegistryName(repository.substring(0, slash), repository.substring(slash + 1));
        }
        return new RegistryName(DOCKER_HUB, repository.contains("/") ? repository : "library/" + repository);
    }

    private static boolean isRegistry(String component) {
        return component.contains(".") || component.contains(":") || component.equals("localhost")
                || !component.equals(component.toLowerCase(Locale.ROOT));
    }

    /** The host[:port] the API is served from. */
    public String apiHost() {
        return registry.equals(DOCKER_HUB) ? DOCKER_HUB_API : registry;
    }

    /** The host without port, brackets kept off IPv6 literals. */
    public String hostOnly() {
        String host = apiHost();
        if (host.startsWith("[")) {
            return host.substring(1, host.indexOf(']'));
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    @Override
    public String toString() {
        return registry + "/" + path;
    }
}
