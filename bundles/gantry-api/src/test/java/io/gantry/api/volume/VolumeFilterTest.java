package io.gantry.api.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class VolumeFilterTest {
    private static final Volume DB = volume("db-data", "local", Map.of("tier", "db", "backup", ""));
    private static final Volume WEB = volume("web", "nfs", Map.of("tier", "web"));
    private static final Volume ANONYMOUS = volume("a".repeat(64), "local", Map.of(Volume.ANONYMOUS_LABEL, ""));
    private static final List<Volume> ALL = List.of(DB, WEB, ANONYMOUS);

    private final List<String> asked = new ArrayList<>();
    private final Predicate<Volume> unused = v -> {
        asked.add(v.name());
        return v != DB;
    };

    private static Volume volume(String name, String driver, Map<String, String> labels) {
        return new Volume(name, driver, "/v/" + name, null, labels, Map.of(), null);
    }

    /** Key, value, key, value …; a key given twice has two values. */
    private static Map<String, List<String>> filters(String... keyValues) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            filters.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return filters;
    }

    private List<String> listed(String... keyValues) {
        return names(VolumeFilter.of(filters(keyValues), VolumeFilter.LIST, unused));
    }

    private static List<String> pruned(String... keyValues) {
        return names(VolumeFilter.of(filters(keyValues), VolumeFilter.PRUNE));
    }

    private static List<String> names(Predicate<Volume> filter) {
        return ALL.stream().filter(filter).map(v -> v.name().length() == 64 ? "anonymous" : v.name()).toList();
    }

    @Test
    void noFiltersMatchEveryVolume() {
        assertEquals(List.of("db-data", "web", "anonymous"), listed());
        assertEquals(List.of("db-data", "web", "anonymous"), pruned());
        assertEquals(List.of("db-data", "web", "anonymous"), names(VolumeFilter.of(null, VolumeFilter.LIST, unused)));
        assertEquals(List.of("db-data", "web", "anonymous"),
                names(VolumeFilter.of(Map.of("name", List.of()), VolumeFilter.LIST, unused)),
                "a key without values is no filter");
    }

    @Test
    void nameIsAllOrPartOfTheNameAndNotAPattern() {
        assertEquals(List.of("db-data"), listed("name", "db-data"));
        assertEquals(List.of("db-data"), listed("name", "-d"));
        assertEquals(List.of("web"), listed("name", "e"));
        assertEquals(List.of(), listed("name", "^w"));
        assertEquals(List.of(), listed("name", "d.*a"));
        assertEquals(List.of(), listed("name", "["), "not a pattern, so never a bad one");
    }

    @Test
    void theValuesOfNameDriverAndDanglingAreAlternatives() {
        assertEquals(List.of("db-data", "web"), listed("name", "we", "name", "data"));
        assertEquals(List.of("web"), listed("driver", "nfs"));
        assertEquals(List.of("db-data", "anonymous"), listed("driver", "local"));
        assertEquals(List.of("db-data", "web", "anonymous"), listed("driver", "nfs", "driver", "local"));
        assertEquals(List.of(), listed("driver", "nf"), "a driver matches whole");
        assertEquals(List.of("db-data", "web", "anonymous"), listed("dangling", "true", "dangling", "false"));
    }

    @Test
    void danglingIsWhetherNoContainerUsesTheVolume() {
        assertEquals(List.of("web", "anonymous"), listed("dangling", "true"));
        assertEquals(List.of("web", "anonymous"), listed("dangling", "1"));
        assertEquals(List.of("db-data"), listed("dangling", "false"));
        assertEquals(List.of("db-data"), listed("dangling", "0"));
    }

    @Test
    void danglingIsAskedOnlyWhenGivenAndOnceAVolume() {
        listed("name", "d");
        assertEquals(List.of(), asked);
        listed("dangling", "true", "dangling", "0");
        assertEquals(List.of("db-data", "web", ALL.get(2).name()), asked);
        asked.clear();
        listed("dangling", "true", "driver", "nfs");
        assertEquals(List.of("web"), asked, "the other filters first");
    }

    @Test
    void everyLabelMustHoldAsKeyOrKeyAndValue() {
        assertEquals(List.of("db-data", "web"), listed("label", "tier"));
        assertEquals(List.of("db-data"), listed("label", "tier", "label", "backup"));
        assertEquals(List.of("web"), listed("label", "tier=web"));
        assertEquals(List.of("db-data"), listed("label", "backup="), "an empty value is a value");
        assertEquals(List.of(), listed("label", "tier=web", "label", "tier=db"));
        assertEquals(List.of("db-data", "web"), pruned("label", "tier"));
    }

    @Test
    void everyKeyMustHold() {
        assertEquals(List.of(), listed("label", "tier=web", "driver", "local"));
        assertEquals(List.of("web"), listed("name", "e", "driver", "nfs", "label", "tier", "dangling", "true"));
        assertEquals(List.of("db-data"), pruned("label", "tier", "label!", "tier=web"));
    }

    @Test
    void labelNotLeavesOutWhatAllOfItsLabelsHoldFor() {
        assertEquals(List.of("web", "anonymous"), pruned("label!", "backup"));
        assertEquals(List.of("web", "anonymous"), pruned("label!", "tier=db"));
        assertEquals(List.of("web", "anonymous"), pruned("label!", "tier", "label!", "backup"));
        assertEquals(List.of("db-data", "web", "anonymous"), pruned("label!", "tier=web", "label!", "backup"),
                "no volume has both");
        assertEquals(List.of("anonymous"), pruned("label!", "tier"));
    }

    @Test
    void allFalseKeepsTheNamedVolumesAndAllTrueOrNoneMatchesBoth() {
        assertEquals(List.of("anonymous"), pruned("all", "false"));
        assertEquals(List.of("anonymous"), pruned("all", "0"));
        assertEquals(List.of("db-data", "web", "anonymous"), pruned("all", "true"));
        assertEquals(List.of("db-data", "web", "anonymous"), pruned("all", "1"));
        assertEquals(List.of("db-data", "web", "anonymous"), pruned("all", "false", "all", "true"));
        assertEquals(List.of(), pruned("all", "false", "label", "tier"));
    }

    @Test
    void aKeyTheUseDoesNotTakeIsRefusedNamingTheKeysItTakes() {
        assertEquals("invalid filter 'size': volume filters are name, label, driver and dangling",
                refused(() -> listed("size", "1")));
        assertEquals("invalid filter 'label!': volume filters are name, label, driver and dangling",
                refused(() -> listed("label!", "x")));
        assertEquals("invalid filter 'all': volume filters are name, label, driver and dangling",
                refused(() -> listed("all", "true")));
        assertEquals("invalid filter 'dangling': volume filters are label, label! and all",
                refused(() -> pruned("dangling", "true")));
        assertEquals("invalid filter 'name': volume filters are label, label! and all",
                refused(() -> pruned("name", "x")));
        assertEquals("invalid filter 'Label': volume filters are label, label! and all",
                refused(() -> pruned("Label", "x")), "keys are matched as given");
    }

    @Test
    void aValueThatIsNotTrueOrFalseIsRefusedNamingIt() {
        assertEquals("invalid filter 'dangling=maybe': dangling is true or false",
                refused(() -> listed("dangling", "true", "dangling", "maybe")));
        assertEquals("invalid filter 'dangling=': dangling is true or false", refused(() -> listed("dangling", "")));
        assertEquals("invalid filter 'all=some': all is true or false", refused(() -> pruned("all", "some")));
        assertEquals("invalid filter 'all=TRUE': all is true or false", refused(() -> pruned("all", "TRUE")));
    }

    @Test
    void theCallerMayOnlyAllowKnownKeysAndMustTellWhatIsUnusedForDangling() {
        assertThrows(IllegalArgumentException.class, () -> VolumeFilter.of(Map.of(), List.of("size")));
        assertThrows(NullPointerException.class, () -> VolumeFilter.of(Map.of(), VolumeFilter.LIST));
    }

    private static String refused(Runnable filter) {
        return assertThrows(InvalidArgumentException.class, filter::run).getMessage();
    }
}
