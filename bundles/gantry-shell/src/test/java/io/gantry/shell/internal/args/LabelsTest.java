package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void splitsAtTheFirstEqualsSign() {
        assertEquals(Map.of("app", "web", "expr", "a=b"), Labels.parse(List.of("app=web", "expr=a=b")));
    }

    @Test
    void bareKeyHasAnEmptyValue() {
        assertEquals(Map.of("canary", ""), Labels.parse(List.of("canary")));
    }

    @Test
    void laterKeyWins() {
        assertEquals(Map.of("tier", "db"), Labels.parse(List.of("tier=web", "tier=db")));
    }

    @Test
    void rejectsAnEmptyKey() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Labels.parse(List.of("=x")));
        assertEquals("invalid label '=x': the key is empty", e.getMessage());
    }

    @Test
    void otherKeyValuesNameTheirKindInTheError() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> KeyValues.parse("option", List.of("=x")));
        assertEquals("invalid option '=x': the key is empty", e.getMessage());
        assertEquals(Map.of("o", "size=1m"), KeyValues.parse("option", List.of("o=size=1m")));
    }
}
