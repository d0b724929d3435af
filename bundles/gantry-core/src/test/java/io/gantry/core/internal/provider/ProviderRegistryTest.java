package io.gantry.core.internal.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {
    record Named(String name) {
    }

    final ProviderRegistry<Named> registry = new ProviderRegistry<>("runtime", (p, props) -> p.name());

    @Test
    void highestRankingWinsAndTiesGoToTheOldestService() {
        Named plain = new Named("runc");
        Named ranked = new Named("runc");
        Named tiedButNewer = new Named("runc");
        registry.bind(plain, Map.of("service.id", 5L));
        registry.bind(tiedButNewer, Map.of("service.id", 9L, "service.ranking", 10));
        registry.bind(ranked, Map.of("service.id", 7L, "service.ranking", 10));
        assertSame(ranked, registry.get("runc").orElseThrow());

        registry.unbind(ranked);
        assertSame(tiedButNewer, registry.get("runc").orElseThrow());
        registry.unbind(tiedButNewer);
        assertSame(plain, registry.get("runc").orElseThrow());
    }

    @Test
    void namesAndActiveProviders() {
        Named runc = new Named("runc");
        Named crun = new Named("crun");
        registry.bind(runc, Map.of("service.id", 1L));
        registry.bind(crun, Map.of("service.id", 2L));
        registry.bind(new Named("crun"), Map.of("service.id", 3L, "service.ranking", -1));
        assertEquals(new TreeSet<>(List.of("crun", "runc")), registry.names());
        assertEquals(List.of(crun, runc), registry.active().stream().map(ProviderRegistry.Named::provider).toList());
        assertEquals(Optional.empty(), registry.get("youki"));
        assertEquals(3, registry.describe(false).size());
        assertEquals(2, registry.describe(false).stream().filter(i -> i.active()).count());
        assertEquals(1, registry.describe(true).stream().filter(i -> i.active()).count());
    }

    @Test
    void nonIntegerRankingCountsAsZero() {
        Named odd = new Named("runc");
        Named normal = new Named("runc");
        registry.bind(odd, Map.of("service.id", 1L, "service.ranking", "100"));
        registry.bind(normal, Map.of("service.id", 2L, "service.ranking", 1));
        assertSame(normal, registry.best().orElseThrow());
        assertTrue(registry.describe(false).stream().anyMatch(i -> i.ranking() == 0 && !i.active()));
    }
}
