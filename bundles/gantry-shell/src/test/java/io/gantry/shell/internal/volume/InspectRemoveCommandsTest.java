package io.gantry.shell.internal.volume;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.volume.Volume;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeVolumes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InspectRemoveCommandsTest {
    private static final String DB_JSON = """
            {
                    "CreatedAt": "2024-05-01T10:00:00Z",
                    "Driver": "local",
                    "Labels": {
                        "tier": "db"
                    },
                    "Mountpoint": "/var/lib/gantry/volumes/db/_data",
                    "Name": "db",
                    "Options": {
                        "type": "tmpfs"
                    },
                    "Scope": "local"
                }""";

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeVolumes volumes = new FakeVolumes();

    @BeforeEach
    void twoVolumes() {
        volumes.add(new Volume("db", "local", "/var/lib/gantry/volumes/db/_data",
                Instant.parse("2024-05-01T10:00:00.123456Z"), Map.of("tier", "db"), Map.of("type", "tmpfs"), "local"));
        volumes.add("web");
    }

    private InspectCommand inspect(String... names) throws Exception {
        InspectCommand inspect = parse(new InspectCommand(), names);
        inspect.volumes = volumes;
        return inspect;
    }

    private RemoveCommand rm(String... args) throws Exception {
        RemoveCommand rm = parse(new RemoveCommand(), args);
        rm.volumes = volumes;
        return rm;
    }

    @Test
    void inspectPrintsDockersFieldsAsAJsonArray() throws Exception {
        inspect("db").execute();
        assertEquals("[\n    " + DB_JSON + "\n]\n", console.out());
    }

    @Test
    void inspectPrintsTheVolumesFoundThenFailsForTheOthers() throws Exception {
        NotFoundException e = assertThrows(NotFoundException.class, inspect("nope", "db")::execute);
        assertEquals("no such volume: nope", e.getMessage());
        assertEquals("[\n    " + DB_JSON + "\n]\n", console.out());
    }

    @Test
    void inspectOfOnlyUnknownNamesPrintsAnEmptyArray() throws Exception {
        assertThrows(NotFoundException.class, inspect("nope")::execute);
        assertEquals("[]\n", console.out());
    }

    @Test
    void rmRemovesEachAndPrintsItsName() throws Exception {
        rm("db", "web").execute();
        assertEquals(List.of("remove db force=false", "remove web force=false"), volumes.calls);
        assertEquals("db\nweb\n", console.out());
    }

    @Test
    void rmReportsEachFailureAfterTryingTheOthers() throws Exception {
        volumes.users.put("db", List.of("c1"));
        GantryException e = assertThrows(GantryException.class, rm("db", "nope", "web")::execute);
        assertEquals("remove db: volume is in use - [c1]; no such volume: nope", e.getMessage());
        assertEquals(List.of(ConflictException.class, NotFoundException.class),
                List.of(e.getSuppressed()[0].getClass(), e.getSuppressed()[1].getClass()));
        assertEquals(List.of("remove web force=false"), volumes.calls);
        assertEquals("web\n", console.out());
    }

    @Test
    void rmForceRemovesAVolumeOfAStoppedContainer() throws Exception {
        volumes.users.put("db", List.of("c1"));
        rm("-f", "db").execute();
        assertEquals(List.of("remove db force=true"), volumes.calls);
        assertEquals("db\n", console.out());
    }
}
