package io.gantry.shell.internal.volume;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.volume.Volume;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeVolumes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreateListCommandsTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeVolumes volumes = new FakeVolumes();

    private CreateCommand create(String... args) throws Exception {
        CreateCommand create = parse(new CreateCommand(), args);
        create.volumes = volumes;
        return create;
    }

    private ListCommand ls(String... args) throws Exception {
        ListCommand ls = parse(new ListCommand(), args);
        ls.volumes = volumes;
        return ls;
    }

    @Test
    void createPassesTheDriverLabelsAndOptionsAndPrintsTheName() throws Exception {
        create("-d", "local", "--label", "tier=db", "--label", "backup", "-o", "type=tmpfs", "--opt", "o=size=1m",
                "db").execute();
        assertEquals(new Volume("db", "local", "/var/lib/gantry/volumes/db/_data", FakeVolumes.CREATED,
                Map.of("tier", "db", "backup", ""), Map.of("type", "tmpfs", "o", "size=1m"), "local"),
                volumes.inspect("db"));
        assertEquals("db\n", console.out());
    }

    @Test
    void createWithoutANamePrintsTheGeneratedOne() throws Exception {
        create().execute();
        String name = console.out().strip();
        assertTrue(name.matches("[0-9a-f]{64}"), name);
        assertEquals(List.of("create local " + name + " {} {}"), volumes.calls);
    }

    @Test
    void createRefusesAnUnknownDriverABadNameAndAnEmptyOptionKey() throws Exception {
        assertEquals("no volume driver named nfs is installed (installed: local)",
                assertThrows(NotFoundException.class, create("-d", "nfs", "db")::execute).getMessage());
        assertEquals("\"a/b\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\""
                + " are allowed. If you intended to pass a host directory, use absolute path",
                assertThrows(InvalidArgumentException.class, create("a/b")::execute).getMessage());
        assertEquals("invalid option '=tmpfs': the key is empty",
                assertThrows(InvalidArgumentException.class, create("-o", "=tmpfs", "db")::execute).getMessage());
        assertEquals(List.of(), volumes.calls);
        assertEquals("", console.out());
    }

    @Test
    void lsPrintsDriverAndNameSortedByName() throws Exception {
        volumes.add("web");
        volumes.add("db");
        ls().execute();
        assertEquals("""
                DRIVER | VOLUME NAME
                -------+------------
                local  | db
                local  | web
                """, console.out());
    }

    @Test
    void lsQuietPrintsOnlyTheNames() throws Exception {
        volumes.add("web");
        volumes.add("db");
        ls("-q").execute();
        assertEquals("db\nweb\n", console.out());
    }

    /** The matching itself is VolumeFilter's, in the API; here, that the specs reach it and dangling asks users. */
    @Test
    void lsFiltersByTheSpecsAndAsksTheServiceWhichVolumesAreUsed() throws Exception {
        volumes.add("web");
        volumes.add("db");
        volumes.add(new Volume("cache", "local", "/c", null, Map.of("tier", "web"), Map.of(), null));
        volumes.users.put("db", List.of("c1"));
        ls("-q", "-f", "name=w", "--filter", "name=ch").execute();
        ls("-q", "-f", "label=tier=web", "-f", "driver=local").execute();
        ls("-q", "-f", "dangling=false").execute();
        ls("-q", "-f", "dangling=true", "-f", "driver=nfs").execute();
        assertEquals("cache\nweb\ncache\ndb\n", console.out());
    }

    @Test
    void lsRefusesABadFilterNamingIt() throws Exception {
        assertEquals("invalid filter 'name': expected key=value",
                assertThrows(InvalidArgumentException.class, ls("-f", "name")::execute).getMessage());
        assertEquals("invalid filter '=x': expected key=value",
                assertThrows(InvalidArgumentException.class, ls("-f", "=x")::execute).getMessage());
        assertEquals("invalid filter 'colour': volume filters are name, label, driver and dangling",
                assertThrows(InvalidArgumentException.class, ls("-f", "colour=red")::execute).getMessage());
        assertEquals("invalid filter 'dangling=maybe': dangling is true or false",
                assertThrows(InvalidArgumentException.class, ls("-f", "dangling=maybe")::execute).getMessage());
        assertEquals("", console.out());
    }
}
