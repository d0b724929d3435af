package io.gantry.shell.internal.volume;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.volume.Volume;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeVolumes;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.console.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PruneCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeVolumes volumes = new FakeVolumes();
    private final List<String> prompts = new ArrayList<>();

    /** "used" has a container; "cache" and "scratch" do not, and only "cache" is labelled keep. */
    @BeforeEach
    void threeVolumes() {
        volumes.add(new Volume("cache", "local", "/c", null, Map.of("keep", "yes"), Map.of(), null));
        volumes.add("scratch");
        volumes.add("used");
        volumes.users.put("used", List.of("c1"));
    }

    private PruneCommand prune(String answer, String... args) throws Exception {
        PruneCommand prune = parse(new PruneCommand(), args);
        prune.volumes = volumes;
        prune.session = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, arguments) -> {
                    if (!method.getName().equals("readLine")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    prompts.add((String) arguments[0]);
                    return answer;
                });
        return prune;
    }

    @Test
    void forcedPruneRemovesTheUnusedVolumesWithoutAsking() throws Exception {
        prune(null, "-f").execute();
        assertEquals(List.of("prune [cache, scratch]"), volumes.calls);
        assertEquals("Deleted Volumes:\ncache\nscratch\n\nTotal reclaimed space: 8.192kB\n", console.out());
        assertEquals(List.of(), prompts);
    }

    @Test
    void pruneWithNothingToRemoveReportsNoSpace() throws Exception {
        volumes.byName.keySet().retainAll(List.of("used"));
        prune(null, "--force").execute();
        assertEquals("Total reclaimed space: 0B\n", console.out());
    }

    @Test
    void pruneAsksFirstAndGoesOnForYes() throws Exception {
        prune(" Y ").execute();
        assertEquals(List.of(PruneCommand.QUESTION), prompts);
        assertEquals(PruneCommand.WARNING + "\nDeleted Volumes:\ncache\nscratch\n\nTotal reclaimed space: 8.192kB\n",
                console.out());
    }

    @Test
    void pruneRemovesNothingUnlessTheAnswerIsYes() throws Exception {
        prune("").execute();
        prune("no").execute();
        prune(null).execute();
        assertEquals(List.of(), volumes.calls);
        assertEquals((PruneCommand.WARNING + "\n").repeat(3), console.out());
    }

    /** The matching itself is VolumeFilter's, in the API; here, that prune's specs reach it. */
    @Test
    void theFiltersChooseTheVolumes() throws Exception {
        prune(null, "-f", "--filter", "all=false").execute();
        prune(null, "-f", "--filter", "label!=keep").execute();
        prune(null, "-f", "--filter", "label=keep=yes").execute();
        assertEquals(List.of("prune []", "prune [scratch]", "prune [cache]"), volumes.calls);
    }

    @Test
    void aBadFilterIsRefusedBeforeAsking() throws Exception {
        assertEquals("invalid filter 'dangling': volume filters are label, label! and all",
                assertThrows(InvalidArgumentException.class, prune("y", "--filter", "dangling=true")::execute)
                        .getMessage());
        assertEquals(List.of(), prompts);
        assertEquals(List.of(), volumes.calls);
        assertEquals("", console.out());
    }
}
