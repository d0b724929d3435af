package io.gantry.testkit.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Look-ups as the engine does them, and one journal over the lifecycle and the narrow services. */
class FakeContainersTest {
    private final FakeContainers containers = new FakeContainers();

    @Test
    void findsByIdNameOrUniquePrefix() {
        String web = containers.create(ContainerConfig.builder("busybox").name("web").build()).id();
        containers.create(ContainerConfig.builder("busybox").name("db").build());
        assertEquals(web, containers.inspect("/web").id());
        assertEquals(web, containers.inspect(FakeContainers.id(1)).id());
        assertEquals(web, containers.inspect("0101").id());
        assertEquals("multiple containers found with provided prefix: 0",
                assertThrows(InvalidArgumentException.class, () -> containers.inspect("0")).getMessage());
        assertEquals("No such container: nope",
                assertThrows(NotFoundException.class, () -> containers.inspect("nope")).getMessage());
        assertThrows(ConflictException.class,
                () -> containers.create(ContainerConfig.builder("busybox").name("web").build()));
    }

    @Test
    void theNarrowFakesJournalIntoTheContainersCalls() {
        String web = containers.create(ContainerConfig.builder("busybox").name("web").build()).id();
        containers.start("web");
        new FakeAttach(containers).resize("web", 24, 80);
        new FakeMonitor(containers).top("web", "aux");
        assertEquals(List.of(containers.inspect("web")), containers.list(false));
        containers.setState("web", ContainerState.EXITED);
        assertEquals(List.of(), containers.list(false));
        assertEquals(List.of("create busybox", "start " + web, "resize " + web + " 24x80", "top " + web + " aux",
                "list all=false", "list all=false"), containers.calls);
    }
}
