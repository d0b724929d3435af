package io.gantry.daemon.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import org.junit.jupiter.api.Test;

/** Engine errors as HTTP statuses. */
class ErrorStatusTest {
    @Test
    void errorsMapToDockersStatuses() {
        assertEquals(404, ErrorStatus.of(new NotFoundException("x")).code());
        assertEquals(409, ErrorStatus.of(new ConflictException("x")).code());
        assertEquals(409, ErrorStatus.of(new FailedPreconditionException("x")).code());
        assertEquals(400, ErrorStatus.of(new InvalidArgumentException("x")).code());
        assertEquals(500, ErrorStatus.of(new GantryException("x")).code());
        assertEquals(500, ErrorStatus.of(new IllegalStateException()).code());
        assertEquals("IllegalStateException", ErrorStatus.message(new IllegalStateException()));
    }
}
