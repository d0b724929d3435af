package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvVarsTest {
    private final Map<String, String> console = Map.of("HOME", "/root", "EMPTY", "");

    @Test
    void keepsAssignmentsAsTheyAre() {
        assertEquals(List.of("A=b", "URL=http://x/?q=1", "BLANK="),
                EnvVars.resolve(List.of("A=b", "URL=http://x/?q=1", "BLANK="), console::get));
    }

    @Test
    void takesBareNamesFromTheConsoleEnvironment() {
        assertEquals(List.of("HOME=/root", "EMPTY="), EnvVars.resolve(List.of("HOME", "EMPTY"), console::get));
    }

    @Test
    void leavesOutBareNamesTheConsoleDoesNotHave() {
        assertEquals(List.of("A=1"), EnvVars.resolve(List.of("NOT_SET_ANYWHERE", "A=1"), console::get));
    }

    @Test
    void rejectsAnEmptyName() {
        InvalidArgumentException e =
                assertThrows(InvalidArgumentException.class, () -> EnvVars.resolve(List.of("=v"), console::get));
        assertEquals("invalid environment variable '=v': the name is empty", e.getMessage());
    }
}
