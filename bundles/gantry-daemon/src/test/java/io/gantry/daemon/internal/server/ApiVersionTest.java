package io.gantry.daemon.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** The optional version prefix of API paths. */
class ApiVersionTest {
    @Test
    void versionPrefixIsStrippedAndCapped() {
        assertEquals("/containers/json", ApiVersion.unversioned("/v1.41/containers/json"));
        assertEquals("/containers/json", ApiVersion.unversioned("/containers/json"));
        assertEquals("/_ping", ApiVersion.unversioned("/v1.24/_ping"));
        assertThrows(InvalidArgumentException.class, () -> ApiVersion.unversioned("/v1.42/info"));
        assertThrows(InvalidArgumentException.class, () -> ApiVersion.unversioned("/v2.0/info"));
    }
}
