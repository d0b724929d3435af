package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.event.Event;
import org.junit.jupiter.api.Test;

class RenameTest extends StartedEngineTest {
    @Test
    void renamePersistsFreesTheOldNameAndPublishesAnEvent() throws Exception {
        Container web = fx.run("web");
        engine.lifecycle.rename("web", "/api");

        assertEquals("api", engine.lifecycle.inspect(web.id()).name());
        assertEquals(web.id(), engine.lifecycle.inspect("api").id());
        assertThrows(NotFoundException.class, () -> engine.lifecycle.inspect("web"));
        assertTrue(fx.recordJson(web.id()).contains("\"name\" : \"api\""));
        assertEquals("web", fx.create("web").name(), "the old name is free again");
        fx.awaitAction(web.id(), "rename");
        Event renamed = fx.events.stream().filter(e -> e.action().equals("rename")).findFirst().orElseThrow();
        assertEquals("/web", renamed.attributes().get("oldName"));
        assertEquals("api", renamed.attributes().get("name"));

        fx.engine.close();
        CoreAssembly restarted = fx.startEngine();
        assertEquals(web.id(), restarted.lifecycle.inspect("api").id(), "the new name survives a restart");
    }

    @Test
    void aTakenNameIsAConflictAndChangesNothing() {
        Container web = fx.create("web");
        Container db = fx.create("db");
        ConflictException taken = assertThrows(ConflictException.class, () -> engine.lifecycle.rename("web", "db"));
        assertEquals("container name /db is already in use by container " + db.id(), taken.getMessage());
        assertEquals(web.id(), engine.lifecycle.inspect("web").id());
        assertEquals(db.id(), engine.lifecycle.inspect("db").id());
        assertTrue(fx.actions(web.id()).stream().noneMatch("rename"::equals));
    }

    @Test
    void invalidNamesAreRefusedLikeAtCreate() {
        Container web = fx.create("web");
        for (String bad : new String[] {"", "../../x", "a/b", "-x"}) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> engine.lifecycle.rename("web", bad));
            assertTrue(e.getMessage().startsWith("invalid container name \"" + bad + "\""), e.getMessage());
        }
        assertThrows(InvalidArgumentException.class, () -> engine.lifecycle.rename("web", "web"));
        assertThrows(NotFoundException.class, () -> engine.lifecycle.rename("nope", "x"));
        assertEquals("web", engine.lifecycle.inspect(web.id()).name());
        assertTrue(fx.recordJson(web.id()).contains("\"name\" : \"web\""));
    }
}
