package io.gantry.core.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContainerIndexTest {
    static final String ABC1 = "abc1" + "0".repeat(60);
    static final String ABC2 = "abc2" + "0".repeat(60);

    final ContainerIndex index = new ContainerIndex();

    @Test
    void resolvesIdNameAndUniquePrefix() {
        add(ABC1, "web");
        add(ABC2, "db");
        assertEquals(ABC1, index.resolve(ABC1).id());
        assertEquals(ABC1, index.resolve("web").id());
        assertEquals(ABC1, index.resolve("/web").id());
        assertEquals(ABC2, index.resolve("abc2").id());
    }

    @Test
    void ambiguousAndUnknownReferences() {
        add(ABC1, "web");
        add(ABC2, "db");
        assertEquals("multiple containers found with provided prefix: abc",
                assertThrows(InvalidArgumentException.class, () -> index.resolve("abc")).getMessage());
        assertEquals("No such container: nope",
                assertThrows(NotFoundException.class, () -> index.resolve("nope")).getMessage());
        assertThrows(NotFoundException.class, () -> index.resolve(""));
    }

    @Test
    void aNameLooksLikeAPrefixButTheNameWins() {
        add(ABC1, "web");
        add("f" + "0".repeat(63), "abc");
        assertEquals("f" + "0".repeat(63), index.resolve("abc").id());
    }

    @Test
    void namesAreExclusiveUntilReleased() {
        add(ABC1, "web");
        assertEquals("container name /web is already in use by container " + ABC1,
                assertThrows(ConflictException.class, () -> index.reserveName("web", ABC2)).getMessage());
        index.remove(index.resolve("web"));
        index.reserveName("web", ABC2);
        assertThrows(NotFoundException.class, () -> index.resolve("web"), "reserved, not yet created");
    }

    private void add(String id, String name) {
        ContainerRecord record = new ContainerRecord();
        record.id = id;
        record.name = name;
        record.state = ContainerState.CREATED;
        record.config = ContainerConfig.builder("busybox").name(name).build();
        index.reserveName(name, id);
        index.add(new ContainerHandle(record, Path.of("/logs", id)));
    }
}
