package io.gantry.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanSizeTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0B",
        "999, 999B",
        "1000, 1kB",
        "1234, 1.23kB",
        "746512, 747kB",
        "1000000, 1MB",
        "4261234, 4.26MB",
        "1500000000, 1.5GB",
        "2000000000000, 2TB",
    })
    void usesDecimalUnitsAndThreeSignificantDigits(long bytes, String text) {
        assertEquals(text, HumanSize.of(bytes));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0B",
        "8192, 8.192kB",
        "1234567, 1.235MB",
    })
    void takesMoreDigitsWhenAsked(long bytes, String text) {
        assertEquals(text, HumanSize.of(bytes, 4));
    }
}
