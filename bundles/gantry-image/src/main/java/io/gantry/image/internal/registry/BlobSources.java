package io.gantry.image.internal.registry;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which repository of a registry was last seen holding a blob, so a push can mount it from there. */
public final class BlobSources {
    private final Map<String, String> repositoryByBlob = new ConcurrentHashMap<>();

    public void add(RegistryName name, Collection<String> digests) {
        digests.forEach(digest -> repositoryByBlob.put(key(name.registry(), digest), name.path()));
    }

    /** A repository of the same registry other than {@code name} known to hold the blob. */
    public Optional<String> otherRepository(RegistryName name, String digest) {
        return Optional.ofNullable(repositoryByBlob.get(key(name.registry(), digest)))
                .filter(path -> !path.equals(name.path()));
    }

    private static String key(String registry, String digest) {
        return registry + " " + digest;
    }
}
