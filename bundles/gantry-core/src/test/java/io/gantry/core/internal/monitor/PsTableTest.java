package io.gantry.core.internal.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.monitor.TopResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PsTableTest {
    private static final String OUTPUT = """
            UID          PID    PPID  C STIME TTY          TIME CMD
            root           1       0  0 10:00 ?        00:00:01 /sbin/init splash
            root        4242    4100  0 10:01 ?        00:00:00 sh -c echo hi; sleep 300
            root        4243    4242  0 10:01 ?        00:00:00 sleep 300
            """;

    @Test
    void keepsTheRowsOfTheGivenPidsWithTheCommandInOneColumn() {
        TopResult top = PsTable.parse(OUTPUT, Set.of(4242, 4243));
        assertEquals(List.of("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"), top.titles());
        assertEquals(2, top.processes().size());
        assertEquals("sh -c echo hi; sleep 300", top.processes().get(0).get(7));
        assertEquals(List.of("root", "4243", "4242", "0", "10:01", "?", "00:00:00", "sleep 300"),
                top.processes().get(1));
    }

    @Test
    void outputWithoutAPidColumnIsRefused() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PsTable.parse("USER COMMAND\nroot init\n", Set.of(1)));
        assertEquals("Couldn't find PID field in ps output", e.getMessage());
    }
}
