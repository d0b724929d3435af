package io.gantry.core.internal.provider;

import io.gantry.api.system.ProviderInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.osgi.framework.Constants;

/**
 * The bound services of one provider kind, keyed by name. For each name the service with the highest
 * service.ranking is the active one; ties go to the lowest service.id (the oldest registration).
 */
public final class ProviderRegistry<T> {
    private record Entry<T>(T provider, String name, int ranking, long serviceId) {
    }

    private static final Comparator<Entry<?>> PREFERENCE = Comparator.<Entry<?>>comparingInt(e -> -e.ranking())
            .thenComparingLong(Entry::serviceId);

    private final String kind;
    private final BiFunction<T, Map<String, Object>, String> naming;
    private final List<Entry<T>> entries = new CopyOnWriteArrayList<>();

    ProviderRegistry(String kind, BiFunction<T, Map<String, Object>, String> naming) {
        this.kind = kind;
        this.naming = naming;
    }

    void bind(T provider, Map<String, Object> properties) {
        entries.add(new Entry<>(provider, naming.apply(provider, properties), ranking(properties),
                serviceId(properties)));
    }

    void unbind(T provider) {
        entries.removeIf(e -> e.provider() == provider);
    }

    public Optional<T> get(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).min(PREFERENCE).map(Entry::provider);
    }

    public List<T> all() {
        return entries.stream().map(Entry::provider).toList();
    }

    /** The most preferred service of any name. */
    public Optional<T> best() {
        return entries.stream().min(PREFERENCE).map(Entry::provider);
    }

    public SortedSet<String> names() {
        return entries.stream().map(Entry::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The active service of each name, ordered by name. */
    public List<Named<T>> active() {
        return names().stream().map(name -> new Named<>(name, get(name).orElseThrow())).toList();
    }

    List<ProviderInfo> describe(boolean onlyBestIsActive) {
        Optional<T> best = best();
        return entries.stream().sorted(Comparator.comparing((Entry<T> e) -> e.name()).thenComparing(PREFERENCE))
                .map(e -> {
                    boolean active = onlyBestIsActive ? best.orElse(null) == e.provider()
                            : get(e.name()).orElse(null) == e.provider();
                    BundleOrigin origin = BundleOrigin.of(e.provider());
                    return new ProviderInfo(kind, e.name(), origin.symbolicName(), origin.version(), e.ranking(),
                            active);
                })
                .toList();
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private static long serviceId(Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_ID);
        return id instanceof Number number ? number.longValue() : Long.MAX_VALUE;
    }

    /** A provider together with the name the engine knows it by. */
    public record Named<T>(String name, T provider) {
    }
}
