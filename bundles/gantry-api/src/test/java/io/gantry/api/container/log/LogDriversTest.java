package io.gantry.api.container.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.LogConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogDriversTest {
    private static final LogConfig JSON_FILE = new LogConfig("json-file", Map.of());

    private static String refused(String type, Map<String, String> options) {
        return assertThrows(InvalidArgumentException.class,
                () -> LogDrivers.effective(new LogConfig(type, options), JSON_FILE)).getMessage();
    }

    @Test
    void unknownDriversAndOptionsAreRefusedInDockersWords() {
        assertEquals("logger: no log driver named 'syslog' is registered", refused("syslog", Map.of()));
        assertEquals("unknown log opt 'max-zise' for json-file log driver",
                refused("json-file", Map.of("max-zise", "1m")));
        assertEquals("unknown log opt 'tag' for log driver local", refused("local", Map.of("tag", "x")));
        assertEquals("unknown log opt 'max-size' for k8s-file log driver",
                refused("k8s-file", Map.of("max-size", "1m")));
    }

    @Test
    void badValuesNameTheirOption() {
        assertEquals("invalid max-size '10q': must be a size such as 10k, 10m or 1g",
                refused("json-file", Map.of("max-size", "10q")));
        assertEquals("invalid max-size '0': max-size must be a positive number",
                refused("json-file", Map.of("max-size", "0")));
        assertEquals("invalid max-file 'three': must be a whole number",
                refused("json-file", Map.of("max-size", "1m", "max-file", "three")));
        assertEquals("invalid max-file '0': max-file cannot be less than 1",
                refused("local", Map.of("max-file", "0")));
        assertEquals("invalid compress 'yes': must be true or false",
                refused("json-file", Map.of("max-size", "1m", "max-file", "2", "compress", "yes")));
        assertEquals("invalid compress: compress cannot be true when max-file is less than 2 or max-size is not set",
                refused("json-file", Map.of("max-size", "1m", "compress", "true")));
        assertEquals("invalid compress: compress cannot be true when max-file is less than 2 or max-size is not set",
                refused("json-file", Map.of("max-file", "3", "compress", "true")));
    }

    @Test
    void sizesUseDockersDecimalUnits() {
        assertEquals(10_000, ByteSize.parse("max-size", "10k"));
        assertEquals(10_000_000, ByteSize.parse("max-size", "10m"));
        assertEquals(1_000_000_000, ByteSize.parse("max-size", "1g"));
        assertEquals(1_500_000, ByteSize.parse("max-size", "1.5MB"));
        assertEquals(2_000, ByteSize.parse("max-size", "2 kb"));
        assertEquals(512, ByteSize.parse("max-size", "512"));
    }

    @Test
    void maxFileWithoutMaxSizeIsTakenAndRotatesNothingAsInDocker() {
        LogConfig log = LogDrivers.effective(new LogConfig("json-file", Map.of("max-file", "3")), JSON_FILE);
        assertEquals(Map.of("max-file", "3"), log.config());
        assertEquals(new Rotation(0, 3, false), LogDrivers.rotation(log));
        assertEquals(false, LogDrivers.rotation(log).rotates());
    }

    @Test
    void theEngineDefaultAppliesToContainersOfItsDriverOnly() {
        LogConfig engine = new LogConfig("json-file", Map.of("max-size", "10m", "max-file", "3"));
        assertEquals(engine, LogDrivers.effective(null, engine));
        assertEquals(new LogConfig("json-file", Map.of("max-size", "1m", "max-file", "3")),
                LogDrivers.effective(new LogConfig("", Map.of("max-size", "1m")), engine));
        assertEquals(new LogConfig("k8s-file", Map.of()), LogDrivers.effective(new LogConfig("k8s-file", null),
                engine));
    }

    @Test
    void localHasDockersDefaultsAndNoneTakesAnyOption() {
        assertEquals(new LogConfig("local", Map.of("max-size", "20m", "max-file", "5", "compress", "true")),
                LogDrivers.effective(new LogConfig("local", Map.of()), JSON_FILE));
        assertEquals(new Rotation(1_000_000, 5, false), LogDrivers.rotation(LogDrivers.effective(
                new LogConfig("local", Map.of("max-size", "1m", "compress", "false")), JSON_FILE)));
        LogConfig none = new LogConfig("none", Map.of("whatever", "1"));
        assertEquals(none, LogDrivers.effective(none, JSON_FILE));
        assertEquals(false, LogDrivers.rotation(none).rotates());
    }

    @Test
    void jsonFileTakesDockersAttributeOptions() {
        Map<String, String> options = Map.of("labels", "a", "labels-regex", "^a", "env", "E", "env-regex", "^E",
                "tag", "{{.Name}}");
        assertEquals(new LogConfig("json-file", options), LogDrivers.effective(new LogConfig("json-file", options),
                JSON_FILE));
    }
}
