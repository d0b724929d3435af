package io.gantry.api.volume;

import io.gantry.api.InvalidArgumentException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters of {@code docker volume ls} and {@code docker volume prune}, matched as dockerd matches them, the one
 * rule of every edge. Each edge turns its own syntax (the daemon's JSON, the shell's {@code key=value}) into a map of
 * key to values. The values of one key are alternatives, except label and label!; the keys must all hold.
 * <ul>
 * <li>name: all or part of the name;</li>
 * <li>driver: the driver's name;</li>
 * <li>label: "key" or "key=value", which must all hold;</li>
 * <li>label!: "key" or "key=value"; a volume that all of them hold for is left out;</li>
 * <li>dangling: true (or 1) for volumes no container uses, false (or 0) for used ones;</li>
 * <li>all: false keeps the named volumes (only anonymous ones match, as prune does from API 1.42); true, or no all
 * filter, matches both.</li>
 * </ul>
 */
public final class VolumeFilter implements Predicate<Volume> {
    /** The keys of {@code volume ls}. */
    public static final List<String> LIST = List.of("name", "label", "driver", "dangling");
    /** The keys of {@code volume prune}. */
    public static final List<String> PRUNE = List.of("label", "label!", "all");
    private static final Set<String> KNOWN = Set.of("name", "label", "label!", "driver", "dangling", "all");

    private final Map<String, List<String>> filters;
    private final Set<Boolean> dangling;
    private final Set<Boolean> all;
    private final Predicate<Volume> unused;

    private VolumeFilter(Map<String, List<String>> filters, Predicate<Volume> unused) {
        this.filters = filters;
        this.dangling = bools(filters, "dangling");
        this.all = bools(filters, "all");
        this.unused = unused;
    }

    /**
     * Filters that may not ask whether a volume is dangling, such as prune's.
     *
     * @see #of(Map, Collection, Predicate)
     */
    public static VolumeFilter of(Map<String, ? extends List<String>> filters, Collection<String> allowed) {
        return of(filters, allowed, null);
    }

    /**
     * @param filters key to values, null or empty for none; a key without values is no filter
     * @param allowed the keys this use takes, {@link #LIST} or {@link #PRUNE}
     * @param unused whether no container uses a volume, asked once a volume and only when a dangling filter is given;
     *        needed when {@code allowed} has dangling
     * @throws InvalidArgumentException naming a key that is not allowed or a value that is not true or false
     */
    public static VolumeFilter of(Map<String, ? extends List<String>> filters, Collection<String> allowed,
            Predicate<Volume> unused) {
        if (!KNOWN.containsAll(allowed)) {
            throw new IllegalArgumentException("volume filters are among " + KNOWN + ", not " + allowed);
        }
        if (allowed.contains("dangling")) {
            Objects.requireNonNull(unused, "a dangling filter needs to know which volumes are unused");
        }
        Map<String, List<String>> given = new LinkedHashMap<>();
        (filters == null ? Map.<String, List<String>>of() : filters).forEach((key, values) -> {
            if (!allowed.contains(key)) {
                throw new InvalidArgumentException("invalid filter '" + key + "': volume filters are " + named(allowed));
            }
            if (values != null && !values.isEmpty()) {
                given.put(key, List.copyOf(values));
            }
        });
        return new VolumeFilter(given, unused);
    }

    @Override
    public boolean test(Volume volume) {
        return any("name", volume.name()::contains) && any("driver", volume.driver()::equals)
                && allHold("label", volume.labels())
                && (!filters.containsKey("label!") || !allHold("label!", volume.labels()))
                && (all == null || all.contains(true) || volume.isAnonymous())
                && (dangling == null || dangling.contains(unused.test(volume)));
    }

    private boolean any(String key, Predicate<String> matches) {
        List<String> values = filters.get(key);
        return values == null || values.stream().anyMatch(matches);
    }

    /** Whether the volume has every label "key", and the value of every "key=value". */
    private boolean allHold(String key, Map<String, String> labels) {
        return filters.getOrDefault(key, List.of()).stream().allMatch(want -> {
            int eq = want.indexOf('=');
            return eq < 0 ? labels.containsKey(want)
                    : want.substring(eq + 1).equals(labels.get(want.substring(0, eq)));
        });
    }

    /** The true or false values of a key, null when it is not given. */
    private static Set<Boolean> bools(Map<String, List<String>> filters, String key) {
        List<String> values = filters.get(key);
        if (values == null) {
            return null;
        }
        Set<Boolean> wanted = new HashSet<>();
        for (String value : values) {
            switch (value) {
                case "true", "1" -> wanted.add(true);
                case "false", "0" -> wanted.add(false);
                default -> throw new InvalidArgumentException("invalid filter '" + key + "=" + value + "': " + key
                        + " is true or false");
            }
        }
        return wanted;
    }

    /** "a, b and c". */
    private static String named(Collection<String> keys) {
        List<String> list = List.copyOf(keys);
        return list.size() < 2 ? String.join("", list)
                : String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }
}
