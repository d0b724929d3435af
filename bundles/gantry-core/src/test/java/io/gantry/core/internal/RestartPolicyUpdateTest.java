package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.RestartPolicy;
import org.junit.jupiter.api.Test;

class RestartPolicyUpdateTest extends StartedEngineTest {
    @Test
    void theNewPolicyIsKeptAndAnnounced() {
        Container web = fx.run("web");
        engine.lifecycle.updateRestartPolicy("web", RestartPolicy.parse("on-failure:3"));
        assertEquals(new RestartPolicy("on-failure", 3), engine.lifecycle.inspect("web").config().restartPolicy());
        assertTrue(fx.recordJson(web.id()).contains("\"on-failure\""), "persisted");
        fx.awaitAction(web.id(), "update");
    }

    @Test
    void anAutoRemovedContainerKeepsNoRestart() {
        engine.lifecycle.create(ContainerConfig.builder("busybox").name("once").autoRemove(true).build());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> engine.lifecycle.updateRestartPolicy("once", RestartPolicy.parse("always")));
        assertEquals("cannot update the restart policy of container once: it is removed when it exits (--rm)",
                refused.getMessage());
        assertTrue(engine.lifecycle.inspect("once").config().restartPolicy().isNo());
    }
}
