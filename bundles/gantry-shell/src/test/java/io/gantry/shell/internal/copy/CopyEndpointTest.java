package io.gantry.shell.internal.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class CopyEndpointTest {
    @Test
    void containerPathsHaveAColonAndHostPathsAreAbsoluteRelativeOrDotted() {
        assertEquals(new CopyEndpoint("web", "/etc/hosts"), CopyEndpoint.parse("web:/etc/hosts"));
        assertEquals(new CopyEndpoint("web", "/tmp"), CopyEndpoint.parse("web:tmp"));
        assertEquals(new CopyEndpoint(null, "/tmp/a:b"), CopyEndpoint.parse("/tmp/a:b"));
        assertEquals(new CopyEndpoint(null, "./a:b"), CopyEndpoint.parse("./a:b"));
        assertEquals(new CopyEndpoint(null, "notes.txt"), CopyEndpoint.parse("notes.txt"));
    }

    @Test
    void baseNameAndParentIgnoreTrailingSlashes() {
        CopyEndpoint p = CopyEndpoint.parse("web:/var/log/");
        assertEquals("log", p.baseName());
        assertEquals("/var", p.parent());
        assertEquals("/", CopyEndpoint.parse("web:/etc").parent());
    }

    @Test
    void anEmptyContainerOrPathIsRefused() {
        assertEquals("invalid copy endpoint 'web:': expected CONTAINER:PATH or a host path",
                assertThrows(InvalidArgumentException.class, () -> CopyEndpoint.parse("web:")).getMessage());
        assertThrows(InvalidArgumentException.class, () -> CopyEndpoint.parse(":/etc"));
    }
}
