package io.gantry.daemon.internal.stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetachKeysTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "ctrl-p,ctrl-q", "ctrl-@", "ctrl-[", "ctrl-\\", "ctrl-]", "ctrl-^", "ctrl-_", "a",
        "x,DEL"})
    void acceptsDockersKeys(String keys) {
        assertDoesNotThrow(() -> DetachKeys.check(keys));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctrl-", "ctrl-1", "ctrl-P", "ctrl-pq", "ab", "ctrl-p,,ctrl-q,zz", "é", "control-p", ","})
    void refusesAnythingElse(String keys) {
        assertThrows(InvalidArgumentException.class, () -> DetachKeys.check(keys));
    }
}
