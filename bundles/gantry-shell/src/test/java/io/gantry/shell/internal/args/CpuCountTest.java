package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpuCountTest {
    @ParameterizedTest
    @CsvSource({"1, 1000000000", "1.5, 1500000000", "0.25, 250000000", "2.000, 2000000000", "0.000000001, 1", "0, 0"})
    void convertsDecimalCpusToNanoCpus(String value, long nanoCpus) {
        assertEquals(nanoCpus, CpuCount.toNanoCpus(value));
    }

    @Test
    void rejectsWordsNamingTheValue() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> CpuCount.toNanoCpus("two"));
        assertEquals("invalid --cpus value 'two': expected a decimal number, e.g. 1.5", e.getMessage());
    }

    @Test
    void rejectsNegativeCounts() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> CpuCount.toNanoCpus("-1"));
        assertEquals("invalid --cpus value '-1': must not be negative", e.getMessage());
    }

    @Test
    void rejectsMoreThanNineDecimalPlaces() {
        InvalidArgumentException e =
                assertThrows(InvalidArgumentException.class, () -> CpuCount.toNanoCpus("0.0000000001"));
        assertTrue(e.getMessage().startsWith("invalid --cpus value '0.0000000001': at most 9 decimal places"),
                e.getMessage());
    }
}
