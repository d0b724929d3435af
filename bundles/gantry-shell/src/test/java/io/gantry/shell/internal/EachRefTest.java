package io.gantry.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EachRefTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final List<String> tried = new ArrayList<>();

    @Test
    void printsEachReferenceThatSucceeded() {
        EachRef.apply(List.of("a", "b"), tried::add, out);
        assertEquals(List.of("a", "b"), tried);
        assertEquals("a\nb\n", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void triesTheOthersAfterAFailureThenRethrowsIt() {
        NotFoundException missing = new NotFoundException("no such container: b");
        GantryException thrown = assertThrows(GantryException.class, () -> EachRef.apply(List.of("a", "b", "c"), ref -> {
            tried.add(ref);
            if (ref.equals("b")) {
                throw missing;
            }
        }, out));
        assertSame(missing, thrown);
        assertEquals(List.of("a", "b", "c"), tried);
        assertEquals("a\nc\n", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void joinsTheMessagesOfSeveralFailures() {
        GantryException thrown = assertThrows(GantryException.class, () -> EachRef.apply(List.of("a", "b"), ref -> {
            throw new ConflictException("container " + ref + " is running");
        }, out));
        assertEquals("container a is running; container b is running", thrown.getMessage());
        assertEquals(2, thrown.getSuppressed().length);
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAStreamPrintsNothingAndStillTriesEach() {
        NotFoundException missing = new NotFoundException("no such volume: a");
        assertSame(missing, assertThrows(GantryException.class, () -> EachRef.apply(List.of("a", "b"), ref -> {
            tried.add(ref);
            if (ref.equals("a")) {
                throw missing;
            }
        })));
        assertEquals(List.of("a", "b"), tried);
    }
}
