package io.gantry.api.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {
    @Test
    void aConfigWithoutPolicyNeverRestarts() {
        assertTrue(ContainerConfig.builder("busybox").build().restartPolicy().isNo());
    }

    @Test
    void parsesTheCliForms() {
        assertEquals(new RestartPolicy("on-failure", 3), RestartPolicy.parse("on-failure:3"));
        assertEquals(new RestartPolicy("unless-stopped", 0), RestartPolicy.parse("unless-stopped"));
        assertEquals(RestartPolicy.NO, RestartPolicy.parse(""));
    }

    @Test
    void refusesWhatDockerRefuses() {
        assertEquals("invalid restart policy 'sometimes': it must be one of [no, always, unless-stopped, on-failure]",
                assertThrows(InvalidArgumentException.class, () -> RestartPolicy.parse("sometimes")).getMessage());
        assertThrows(InvalidArgumentException.class, () -> RestartPolicy.parse("always:2"));
        assertThrows(InvalidArgumentException.class, () -> RestartPolicy.parse("on-failure:x"));
        assertThrows(InvalidArgumentException.class, () -> new RestartPolicy("on-failure", -1));
    }
}
