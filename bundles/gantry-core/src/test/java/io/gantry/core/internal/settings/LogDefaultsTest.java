package io.gantry.core.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.LogConfig;
import io.gantry.core.internal.TestCoreConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine-wide log driver and options, log.driver and log.opts of the core's configuration. */
class LogDefaultsTest {
    private static Defaults defaults(String driver, String options) {
        return Defaults.of(TestCoreConfig.with(Map.of("log_driver", driver, "log_opts", options)));
    }

    @Test
    void jsonFileWithoutOptionsAsDockersDefault() {
        assertEquals(new LogConfig("json-file", Map.of()), Defaults.of(TestCoreConfig.defaults()).log());
    }

    @Test
    void optionsAreCommaSeparatedPairs() {
        assertEquals(new LogConfig("local", Map.of("max-size", "10m", "max-file", "3")),
                defaults(" local ", "max-size=10m, max-file=3,").log());
    }

    @Test
    void aWrongSettingIsRefusedByName() {
        assertEquals("invalid log.opts entry 'max-size': must be key=value",
                assertThrows(InvalidArgumentException.class, () -> defaults("json-file", "max-size")).getMessage());
        assertEquals("logger: no log driver named 'syslog' is registered",
                assertThrows(InvalidArgumentException.class, () -> defaults("syslog", "")).getMessage());
        assertEquals("invalid max-size 'big': must be a size such as 10k, 10m or 1g",
                assertThrows(InvalidArgumentException.class, () -> defaults("json-file", "max-size=big"))
                        .getMessage());
    }

    @Test
    void aChangeAppliesToTheNextContainerAndAWrongOneKeepsThePrevious() {
        EngineSettings settings = new EngineSettings(TestCoreConfig.defaults());
        settings.modified(TestCoreConfig.with(Map.of("log_driver", "none")));
        assertEquals(new LogConfig("none", Map.of()), settings.defaults().log());
        assertThrows(InvalidArgumentException.class,
                () -> settings.modified(TestCoreConfig.with(Map.of("log_driver", "gelf"))));
        assertEquals(new LogConfig("none", Map.of()), settings.defaults().log());
    }
}
