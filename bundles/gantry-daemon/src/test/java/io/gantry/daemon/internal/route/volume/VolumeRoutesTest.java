package io.gantry.daemon.internal.route.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.volume.Volume;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.testkit.fake.FakeVolumes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The /volumes endpoints as the docker CLI, docker-py and docker-compose call them. */
class VolumeRoutesTest extends ApiTestBase {
    private static final String DATA = "{\"CreatedAt\":\"2024-05-01T10:00:00Z\",\"Driver\":\"local\",\"Labels\":{},"
            + "\"Mountpoint\":\"/var/lib/gantry/volumes/data/_data\",\"Name\":\"data\",\"Options\":null,"
            + "\"Scope\":\"local\"}";
    private static final String ANONYMOUS = "a".repeat(64);

    @Test
    void createAnswers201WithTheVolumeInDockersShape() throws Exception {
        String r = call("POST", "/volumes/create", "{\"Name\":\"db\",\"Driver\":\"local\",\"DriverOpts\":{"
                + "\"type\":\"tmpfs\",\"device\":\"tmpfs\"},\"Labels\":{\"tier\":\"gold\",\"app\":\"shop\"}}");
        assertEquals(201, status(r), r);
        assertEquals("{\"CreatedAt\":\"2024-05-01T10:00:00Z\",\"Driver\":\"local\",\"Labels\":{\"app\":\"shop\","
                + "\"tier\":\"gold\"},\"Mountpoint\":\"/var/lib/gantry/volumes/db/_data\",\"Name\":\"db\","
                + "\"Options\":{\"device\":\"tmpfs\",\"type\":\"tmpfs\"},\"Scope\":\"local\"}", body(r).toString());
        assertEquals(Map.of("type", "tmpfs", "device", "tmpfs"), volumes.inspect("db").options());
        assertEquals(Map.of("tier", "gold", "app", "shop"), volumes.inspect("db").labels());
    }

    @Test
    void createAsDockerPyAndTheCliSendItTakesTheDefaultsForNullAndEmptyFields() throws Exception {
        String r = call("POST", "/volumes/create", "{\"Name\":\"data\",\"Driver\":null,\"DriverOpts\":null}");
        assertEquals(201, status(r), r);
        assertEquals(DATA, body(r).toString());
        String cli = call("POST", "/volumes/create", "{\"Driver\":\"\",\"DriverOpts\":{},\"Labels\":{},\"Name\":\"\"}");
        assertEquals(201, status(cli), cli);
        String generated = body(cli).get("Name").asText();
        assertTrue(generated.matches("[0-9a-f]{64}"), generated);
        assertEquals(201, status(call("POST", "/volumes/create", null)), "no body at all is a generated name too");
        assertEquals(3, volumes.list().size());
    }

    @Test
    void createRefusesBadNamesUnknownDriversAndFieldsOfTheWrongKind() throws Exception {
        assertEquals("\"../../x\" includes invalid characters for a local volume name, only "
                + "\"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path",
                refused(400, "POST", "/volumes/create", "{\"Name\":\"../../x\"}"));
        assertEquals("no volume driver named nfs is installed (installed: local)",
                refused(404, "POST", "/volumes/create", "{\"Name\":\"data\",\"Driver\":\"nfs\"}"));
        assertEquals("field Labels: expected an object of strings, got a string",
                refused(400, "POST", "/volumes/create", "{\"Labels\":\"x\"}"));
        assertEquals("field DriverOpts: expected an object of strings, got an object with a value that is not a string",
                refused(400, "POST", "/volumes/create", "{\"DriverOpts\":{\"size\":1}}"));
        assertEquals("field Name: expected a string, got a number",
                refused(400, "POST", "/volumes/create", "{\"Name\":1}"));
        assertTrue(volumes.list().isEmpty());
    }

    @Test
    void inspectAnswersTheVolumeOr404() throws Exception {
        volumes.add("data");
        String r = call("GET", "/volumes/data", null);
        assertEquals(200, status(r), r);
        assertEquals(DATA, body(r).toString());
        assertEquals("no such volume: nothere", refused(404, "GET", "/volumes/nothere", null));
    }

    @Test
    void listAnswersEveryVolumeAndNullWarnings() throws Exception {
        assertEquals("{\"Volumes\":[],\"Warnings\":null}", body(call("GET", "/volumes", null)).toString());
        volumes.add("data");
        assertEquals("{\"Volumes\":[" + DATA + "],\"Warnings\":null}", body(call("GET", "/volumes", null)).toString());
    }

    /** The matching itself is VolumeFilter's, in the API; here, that the JSON reaches it and dangling asks users. */
    @Test
    void listFiltersTheJsonFiltersAndAsksTheServiceWhichVolumesAreUsed() throws Exception {
        volumes.add("web_data");
        volumes.add(new Volume("db", "local", "/v/db", FakeVolumes.CREATED, Map.of("tier", "gold"), Map.of(), null));
        volumes.add(new Volume("shared", "nfs", "/v/shared", null, Map.of("tier", "iron", "backup", ""), Map.of(),
                "global"));
        volumes.users.put("db", List.of("c1"));
        assertEquals(List.of("web_data"), names("{\"name\":[\"data\"]}"));
        assertEquals(List.of("shared"), names("{\"label\":[\"tier\"],\"driver\":{\"nfs\":true}}"));
        assertEquals(List.of("web_data", "shared"), names("{\"dangling\":[\"true\"]}"));
        assertEquals(List.of("db"), names("{\"dangling\":{\"0\":true}}"));
        assertEquals(List.of("web_data", "db", "shared"), names("{\"name\":[]}"));
        JsonNode shared = body(call("GET", "/volumes?filters=" + encode("{\"driver\":[\"nfs\"]}"), null))
                .get("Volumes").get(0);
        assertEquals("{\"Driver\":\"nfs\",\"Labels\":{\"backup\":\"\",\"tier\":\"iron\"},\"Mountpoint\":\"/v/shared\","
                + "\"Name\":\"shared\",\"Options\":null,\"Scope\":\"global\"}", shared.toString(),
                "no CreatedAt when the driver does not tell it");
    }

    @Test
    void listRefusesUnknownAndMalformedFilters() throws Exception {
        assertEquals("invalid filter 'dangling=maybe': dangling is true or false",
                refused(400, "GET", "/volumes?filters=" + encode("{\"dangling\":[\"maybe\"]}"), null));
        assertEquals("invalid filter 'size': volume filters are name, label, driver and dangling",
                refused(400, "GET", "/volumes?filters=" + encode("{\"size\":[\"1\"]}"), null));
        assertEquals("invalid filters '{broken': not JSON", refused(400, "GET", "/volumes?filters=%7Bbroken", null));
    }

    @Test
    void removeAnswers204AndRefusesWhatIsMissingOrInUse() throws Exception {
        volumes.add("data");
        assertEquals(204, status(call("DELETE", "/volumes/data", null)));
        assertEquals(List.of("remove data force=false"), volumes.calls);
        assertEquals("no such volume: data", refused(404, "DELETE", "/volumes/data", null));
        volumes.add("db");
        volumes.users.put("db", List.of("c1"));
        assertEquals("remove db: volume is in use - [c1]", refused(409, "DELETE", "/volumes/db", null));
        assertEquals("remove db: volume is in use - [c1]", refused(409, "DELETE", "/volumes/db?force=false", null));
        volumes.running.add("c1");
        assertEquals("remove db: volume is in use - [c1]", refused(409, "DELETE", "/volumes/db?force=1", null),
                "force never removes the volume of a running container");
    }

    @Test
    void forceRemovesTheVolumeOfStoppedContainersAndPassesOverAMissingOne() throws Exception {
        volumes.add("db");
        volumes.users.put("db", List.of("c1"));
        assertEquals(204, status(call("DELETE", "/volumes/db?force=1", null)));
        assertEquals(204, status(call("DELETE", "/volumes/nothere?force=true", null)));
        assertEquals(List.of("remove db force=true"), volumes.calls);
    }

    @Test
    void pruneRemovesTheUnusedVolumesAndAnswersWhatItReclaimed() throws Exception {
        volumes.add("data");
        volumes.add("db");
        volumes.users.put("db", List.of("c1"));
        volumes.add(anonymous());
        assertEquals("{\"VolumesDeleted\":[\"data\",\"" + ANONYMOUS + "\"],\"SpaceReclaimed\":8192}",
                body(call("POST", "/volumes/prune", null)).toString());
        assertEquals(List.of("db"), volumes.list().stream().map(Volume::name).toList());
        assertEquals("{\"VolumesDeleted\":[],\"SpaceReclaimed\":0}",
                body(call("POST", "/volumes/prune?filters=%7B%7D", null)).toString());
    }

    @Test
    void pruneTakesTheLabelFilters() throws Exception {
        volumes.add(new Volume("keep", "local", "/v/keep", null, Map.of("keep", "yes"), Map.of(), null));
        volumes.add(new Volume("tmp", "local", "/v/tmp", null, Map.of("tier", "tmp"), Map.of(), null));
        volumes.add("plain");
        assertEquals("[\"tmp\"]", pruned("{\"label\":[\"tier=tmp\"]}"));
        assertEquals("[\"plain\"]", pruned("{\"label!\":{\"keep\":true}}"));
        assertEquals(List.of("keep"), volumes.list().stream().map(Volume::name).toList());
    }

    @Test
    void pruneWithAllFalseKeepsNamedVolumesAsApi142Asks() throws Exception {
        volumes.add("data");
        volumes.add(anonymous());
        assertEquals("[\"" + ANONYMOUS + "\"]", pruned("{\"all\":[\"false\"]}"));
        assertEquals("[\"data\"]", pruned("{\"all\":[\"true\"]}"));
    }

    @Test
    void pruneRefusesFiltersItDoesNotKnow() throws Exception {
        assertEquals("invalid filter 'dangling': volume filters are label, label! and all",
                refused(400, "POST", "/volumes/prune?filters=" + encode("{\"dangling\":[\"true\"]}"), null));
        assertEquals("invalid filter 'all=some': all is true or false",
                refused(400, "POST", "/volumes/prune?filters=" + encode("{\"all\":[\"some\"]}"), null));
        assertEquals(List.of(), volumes.calls);
    }

    private static Volume anonymous() {
        return new Volume(ANONYMOUS, "local", "/v/" + ANONYMOUS, null, Map.of(Volume.ANONYMOUS_LABEL, ""), Map.of(),
                null);
    }

    private List<String> names(String filters) throws Exception {
        String r = call("GET", "/volumes?filters=" + encode(filters), null);
        assertEquals(200, status(r), r);
        return java.util.stream.StreamSupport.stream(body(r).get("Volumes").spliterator(), false)
                .map(v -> v.get("Name").asText()).toList();
    }

    private String pruned(String filters) throws Exception {
        String r = call("POST", "/volumes/prune?filters=" + encode(filters), null);
        assertEquals(200, status(r), r);
        return body(r).get("VolumesDeleted").toString();
    }

    private static String encode(String filters) {
        return URLEncoder.encode(filters, StandardCharsets.UTF_8);
    }
}
