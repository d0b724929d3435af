package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemorySizeTest {
    @ParameterizedTest
    @CsvSource({
        "1024, 1024",
        "1024b, 1024",
        "1024B, 1024",
        "6m, 6291456",
        "512M, 536870912",
        "1g, 1073741824",
        "1G, 1073741824",
        "2gb, 2147483648",
        "1GiB, 1073741824",
        "64k, 65536",
        "1.5g, 1610612736",
        "'512 m', 536870912",
        "1t, 1099511627776",
    })
    void parsesSizesWithBinaryUnits(String value, long bytes) {
        assertEquals(bytes, MemorySize.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "", "-5", "12q", "m", "1.g", "1ib", "9999999999p", "1bb"})
    void rejectsMalformedSizesNamingTheValue(String value) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> MemorySize.parse(value));
        assertEquals("invalid memory size '" + value + "': expected a number with an optional unit b, k, m or g, e.g. 512m",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"-1, -1", "1g, 1073741824"})
    void swapAcceptsMinusOneForUnlimited(String value, long bytes) {
        assertEquals(bytes, MemorySize.parseSwap(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-2", "unlimited"})
    void swapRejectsOtherValues(String value) {
        assertThrows(InvalidArgumentException.class, () -> MemorySize.parseSwap(value));
    }
}
