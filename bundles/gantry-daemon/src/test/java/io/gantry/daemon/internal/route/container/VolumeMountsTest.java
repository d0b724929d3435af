package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.VolumeOptions;
import io.gantry.api.volume.Volume;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.testkit.fake.FakeContainers;
import io.gantry.testkit.fake.FakeVolumes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named and anonymous volumes on create (Binds, Mounts, VolumeDriver, Config.Volumes), in inspect, and docker rm -v. */
class VolumeMountsTest extends ApiTestBase {
    /** docker run -v data:/data:nocopy --volume-driver local --mount type=volume,src=cache,dst=/cache,... -v /anon. */
    private static final String CLI = "{\"Image\":\"busybox\",\"Volumes\":{\"/anon\":{}},\"HostConfig\":{"
            + "\"Binds\":[\"data:/data:nocopy\"],\"VolumeDriver\":\"local\",\"Mounts\":[{\"Type\":\"volume\","
            + "\"Source\":\"cache\",\"Target\":\"/cache\",\"ReadOnly\":true,\"VolumeOptions\":{\"Labels\":{\"a\":\"b\"},"
            + "\"DriverConfig\":{\"Options\":{\"type\":\"tmpfs\"}}}},"
            + "{\"Type\":\"volume\",\"Target\":\"/scratch\",\"VolumeOptions\":{\"NoCopy\":true}},"
            + "{\"Type\":\"volume\",\"Source\":\"plain\",\"Target\":\"/plain\",\"VolumeOptions\":{}}]}}";
    private static final String ANONYMOUS = "b".repeat(64);

    @Test
    void createMapsNamedAndAnonymousVolumesTheirOptionsAndTheVolumeDriver() throws Exception {
        String r = call("POST", "/containers/create", CLI);
        assertEquals(201, status(r), r);
        ContainerConfig config = containers.created.get(0);
        assertEquals(List.of(Mount.volume("data", "/data", false, new VolumeOptions(true, null, Map.of(), Map.of())),
                Mount.volume("cache", "/cache", true, new VolumeOptions(false, null, Map.of("type", "tmpfs"),
                        Map.of("a", "b"))),
                Mount.volume(null, "/scratch", false, new VolumeOptions(true, null, Map.of(), Map.of())),
                Mount.volume("plain", "/plain", false, null), Mount.volume(null, "/anon", false, null)),
                config.mounts());
        assertEquals("local", config.volumeDriver());
    }

    @Test
    void aMountsDriverIsItsDriverConfigsNameAndAnEmptyOneIsNone() throws Exception {
        call("POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{\"Mounts\":["
                + "{\"Type\":\"volume\",\"Source\":\"nfs1\",\"Target\":\"/a\",\"VolumeOptions\":{"
                + "\"DriverConfig\":{\"Name\":\"nfs\"}}},{\"Type\":\"volume\",\"Source\":\"v2\","
                + "\"Target\":\"/b\",\"VolumeOptions\":{\"NoCopy\":false,\"DriverConfig\":{\"Name\":\"\","
                + "\"Options\":null}}}]}}");
        assertEquals(List.of(Mount.volume("nfs1", "/a", false, new VolumeOptions(false, "nfs", Map.of(), Map.of())),
                Mount.volume("v2", "/b", false, null)), containers.created.get(0).mounts());
        assertEquals(null, containers.created.get(0).volumeDriver());
    }

    @Test
    void inspectShowsEachVolumeWhereTheCliWouldHaveAskedForIt() throws Exception {
        volumes.add("data");
        call("POST", "/containers/create?name=web", CLI);
        JsonNode inspect = body(call("GET", "/containers/web/json", null));
        JsonNode host = inspect.get("HostConfig");
        assertEquals("[\"data:/data:nocopy\",\"plain:/plain\"]", host.get("Binds").toString());
        assertEquals("[{\"Type\":\"volume\",\"Source\":\"cache\",\"Target\":\"/cache\",\"ReadOnly\":true,"
                + "\"VolumeOptions\":{\"Labels\":{\"a\":\"b\"},\"DriverConfig\":{\"Options\":{"
                + "\"type\":\"tmpfs\"}}}},{\"Type\":\"volume\",\"Target\":\"/scratch\",\"VolumeOptions\":{"
                + "\"NoCopy\":true}}]", host.get("Mounts").toString());
        assertEquals("local", host.get("VolumeDriver").asText());
        assertEquals("{\"/anon\":{}}", inspect.get("Config").get("Volumes").toString());
        assertEquals("{\"Type\":\"volume\",\"Name\":\"data\",\"Source\":\"/var/lib/gantry/volumes/data/_data\","
                + "\"Destination\":\"/data\",\"Driver\":\"local\",\"Mode\":\"nocopy\",\"RW\":true,\"Propagation\":\"\"}",
                inspect.get("Mounts").get(0).toString());
        assertEquals("{\"Type\":\"volume\",\"Name\":\"cache\",\"Source\":\"\",\"Destination\":\"/cache\","
                + "\"Driver\":\"local\",\"Mode\":\"ro\",\"RW\":false,\"Propagation\":\"\"}",
                inspect.get("Mounts").get(1).toString(), "not made yet: its name, and the driver asked for");
        String again = call("POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":" + host + "}");
        assertEquals(201, status(again), "inspect's HostConfig is accepted by create: " + again);
        assertEquals(Set.copyOf(containers.created.get(0).mounts().subList(0, 4)),
                Set.copyOf(containers.created.get(1).mounts()), "the same mounts, Binds first");
    }

    /** docker-compose 1.29's recreate reads Mounts[].Name of the anonymous volume and binds it by that name. */
    @Test
    void composeRecreatesAContainerOverTheAnonymousVolumeItFoundByName() throws Exception {
        volumes.add("proj_data");
        volumes.add(new Volume(ANONYMOUS, "local", "/var/lib/gantry/volumes/" + ANONYMOUS + "/_data",
                FakeVolumes.CREATED, Map.of(Volume.ANONYMOUS_LABEL, ""), Map.of(), "local"));
        String first = "{\"Image\":\"busybox\",\"Env\":[],\"Volumes\":{\"/data\":{},\"/anon\":{}},"
                + "\"HostConfig\":{\"Binds\":[\"proj_data:/data:rw\"]}}";
        assertEquals(201, status(call("POST", "/containers/create?name=proj_web_1", first)));
        assertEquals(List.of(Mount.volume("proj_data", "/data", false, null), Mount.volume(null, "/anon", false,
                null)), containers.created.get(0).mounts(), "Config.Volumes under a bind adds nothing");
        String recreate = "{\"Image\":\"busybox\",\"Env\":[\"affinity:container==" + FakeContainers.id(1) + "\"],"
                + "\"Volumes\":{\"/data\":{},\"/anon\":{}},\"HostConfig\":{\"Binds\":[\"proj_data:/data:rw\","
                + "\"" + ANONYMOUS + ":/anon:rw\"]}}";
        assertEquals(201, status(call("POST", "/containers/create?name=proj_web_2", recreate)));
        assertEquals(List.of(Mount.volume("proj_data", "/data", false, null), Mount.volume(ANONYMOUS, "/anon", false,
                null)), containers.created.get(1).mounts());
        JsonNode inspect = body(call("GET", "/containers/proj_web_2/json", null));
        assertEquals("{\"Type\":\"volume\",\"Name\":\"" + ANONYMOUS + "\",\"Source\":\"/var/lib/gantry/volumes/"
                + ANONYMOUS + "/_data\",\"Destination\":\"/anon\",\"Driver\":\"local\",\"Mode\":\"\",\"RW\":true,"
                + "\"Propagation\":\"\"}", inspect.get("Mounts").get(1).toString());
        assertEquals("{\"/anon\":{}}", inspect.get("Config").get("Volumes").toString());
        assertEquals("[\"proj_data:/data\"]", inspect.get("HostConfig").get("Binds").toString());
        assertEquals(inspect.get("Mounts"), body(call("GET", "/containers/json?all=1", null)).get(1).get("Mounts"));
    }

    @Test
    void badVolumeMountsAre400WithDockersReasonAndCreateNothing() throws Exception {
        Map<String, String> refusals = Map.ofEntries(
                Map.entry("\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v1\",\"Target\":\"/v\",\"BindOptions\":{"
                        + "\"Propagation\":\"shared\"}}]",
                        "invalid mount config for type \"volume\": field BindOptions must not be specified"),
                Map.entry("\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v1\",\"Target\":\"/v\",\"TmpfsOptions\":{}}]",
                        "invalid mount config for type \"volume\": field TmpfsOptions must not be specified"),
                Map.entry("\"Mounts\":[{\"Type\":\"bind\",\"Source\":\"/v\",\"Target\":\"/v\",\"VolumeOptions\":{"
                        + "\"NoCopy\":true}}]",
                        "invalid mount config for type \"bind\": field VolumeOptions must not be specified"),
                Map.entry("\"Mounts\":[{\"Type\":\"tmpfs\",\"Target\":\"/v\",\"VolumeOptions\":{}}]",
                        "invalid mount config for type \"tmpfs\": field VolumeOptions must not be specified"),
                Map.entry("\"Mounts\":[{\"Type\":\"volume\",\"Target\":\"/v\",\"ReadOnly\":true}]",
                        "invalid mount config for type \"volume\": must not set ReadOnly mode when using anonymous"
                                + " volumes"),
                Map.entry("\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"a/b\",\"Target\":\"/v\"}]",
                        "\"a/b\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\""
                                + " are allowed. If you intended to pass a host directory, use absolute path"),
                Map.entry("\"Binds\":[\"-x:/v\"]", "\"-x\" includes invalid characters for a local volume name"),
                Map.entry("\"Binds\":[\"/srv:/v:nocopy\"]", "invalid mode: nocopy in volume specification"
                        + " '/srv:/v:nocopy': only a volume can be kept from being filled"),
                Map.entry("\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v1\",\"Target\":\"/v\",\"VolumeOptions\":{"
                        + "\"NoCopy\":\"yes\"}}]",
                        "field HostConfig.Mounts.VolumeOptions.NoCopy: expected a boolean, got a string"),
                Map.entry("\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v1\",\"Target\":\"/v\",\"VolumeOptions\":{"
                        + "\"DriverConfig\":{\"Options\":{\"size\":1}}}}]",
                        "field HostConfig.Mounts.VolumeOptions.DriverConfig.Options: expected an object of strings,"
                                + " got an object with a value that is not a string"),
                Map.entry("\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v1\",\"Target\":\"/v\",\"ReadOnly\":1}]",
                        "field HostConfig.Mounts.ReadOnly: expected a boolean, got a number"),
                Map.entry("\"VolumeDriver\":[\"local\"]",
                        "field HostConfig.VolumeDriver: expected a string, got an array of strings"),
                Map.entry("\"VolumesFrom\":[\"other\"]",
                        "HostConfig.VolumesFrom (--volumes-from) is not supported yet: got [\"other\"]"));
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            String message = refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{"
                    + refusal.getKey() + "}}");
            assertTrue(message.startsWith(refusal.getValue()), refusal.getKey() + " -> " + message);
        }
        assertTrue(containers.created.isEmpty());
    }

    @Test
    void aTmpfsModeOrSizeOfZeroIsTheDefault() throws Exception {
        assertEquals(201, status(call("POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{"
                + "\"Mounts\":[{\"Type\":\"tmpfs\",\"Target\":\"/t\",\"TmpfsOptions\":{\"SizeBytes\":0,\"Mode\":0}}]}}")));
        assertEquals(List.of(new Mount(Mount.Type.TMPFS, null, "/t", false)), containers.created.get(0).mounts());
    }

    @Test
    void removeWithVAlsoRemovesTheAnonymousVolumes() throws Exception {
        for (String name : List.of("a1", "a2", "a3", "a4")) {
            call("POST", "/containers/create?name=" + name, "{\"Image\":\"busybox\"}");
        }
        assertEquals(204, status(call("DELETE", "/containers/a1?v=1", null)));
        assertEquals(204, status(call("DELETE", "/containers/a2?v=True&force=True", null)), "as docker-py sends it");
        assertEquals(204, status(call("DELETE", "/containers/a3?v=False", null)));
        assertEquals(204, status(call("DELETE", "/containers/a4", null)));
        assertEquals(List.of("remove " + FakeContainers.id(1) + " force=false volumes",
                "remove " + FakeContainers.id(2) + " force=true volumes", "remove " + FakeContainers.id(3)
                        + " force=false", "remove " + FakeContainers.id(4) + " force=false"),
                containers.calls.stream().filter(c -> c.startsWith("remove")).toList());
    }
}
