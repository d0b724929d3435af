package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.VolumeOptions;
import io.gantry.api.volume.Volume;
import io.gantry.testkit.fake.FakeVolumes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each mount shows in the create field the CLI would have used, and in Mounts with what the engine has of its
 * volume now.
 */
class MountJsonTest {
    private static final String FOLDER = "/var/lib/gantry/containers/c1/volumes/0a1b";
    private static final String ANONYMOUS = "f".repeat(64);
    /** The engine records the driver of each volume mount, whether it was asked for or not. */
    private static final VolumeOptions LOCAL = new VolumeOptions(false, "local", Map.of(), Map.of());
    private final ObjectMapper json = new ObjectMapper();
    private final FakeVolumes volumes = new FakeVolumes();
    private final MountJson mounts = new MountJson(json, volumes);

    @Test
    void anonymousVolumesOfAnOlderEngineAreVolumesWithTheirFolderAsSource() {
        ContainerConfig config = ContainerConfig.builder("busybox").mounts(List.of(
                Mount.bind("/srv", "/srv", false), new Mount(Mount.Type.VOLUME, FOLDER, "/data", false),
                new Mount(Mount.Type.TMPFS, null, "/t", true, 1024L, 0700))).build();
        List<MountJson.Resolved> resolved = mounts.resolve(config);
        ObjectNode host = json.createObjectNode();
        mounts.hostConfig(config, resolved, host);
        assertEquals("{\"Binds\":[\"/srv:/srv\"],\"Tmpfs\":{\"/t\":\"ro,size=1024,mode=700\"},\"VolumeDriver\":\"\","
                + "\"RestartPolicy\":{\"Name\":\"no\",\"MaximumRetryCount\":0}}", host.toString());
        assertEquals("{\"/data\":{}}", mounts.volumes(config, resolved).toString());
        assertEquals("{\"Type\":\"volume\",\"Name\":\"0a1b\",\"Source\":\"" + FOLDER + "\",\"Destination\":\"/data\","
                + "\"Driver\":\"local\",\"Mode\":\"\",\"RW\":true,\"Propagation\":\"\"}",
                mounts.mounts(config, resolved).get(1).toString());
    }

    @Test
    void namedVolumesAreBindsAndAnonymousOnesConfigVolumesWithTheirMountPointAsSource() {
        volumes.add("db");
        volumes.add(new Volume(ANONYMOUS, "local", "/v/" + ANONYMOUS + "/_data", FakeVolumes.CREATED,
                Map.of(Volume.ANONYMOUS_LABEL, ""), Map.of(), "local"));
        ContainerConfig config = ContainerConfig.builder("busybox").mounts(List.of(
                Mount.volume("db", "/db", true, new VolumeOptions(true, "local", Map.of(), Map.of())),
                Mount.volume(ANONYMOUS, "/data", false, LOCAL), Mount.volume("gone", "/gone", false, null))).build();
        List<MountJson.Resolved> resolved = mounts.resolve(config);
        ObjectNode host = json.createObjectNode();
        mounts.hostConfig(config, resolved, host);
        assertEquals("[\"db:/db:ro,nocopy\",\"gone:/gone\"]", host.get("Binds").toString());
        assertFalse(host.has("Mounts"));
        assertEquals("{\"/data\":{}}", mounts.volumes(config, resolved).toString());
        ArrayNode shown = mounts.mounts(config, resolved);
        assertEquals("{\"Type\":\"volume\",\"Name\":\"db\",\"Source\":\"/var/lib/gantry/volumes/db/_data\","
                + "\"Destination\":\"/db\",\"Driver\":\"local\",\"Mode\":\"ro,nocopy\",\"RW\":false,"
                + "\"Propagation\":\"\"}", shown.get(0).toString());
        assertEquals("{\"Type\":\"volume\",\"Name\":\"" + ANONYMOUS + "\",\"Source\":\"/v/" + ANONYMOUS + "/_data\","
                + "\"Destination\":\"/data\",\"Driver\":\"local\",\"Mode\":\"\",\"RW\":true,\"Propagation\":\"\"}",
                shown.get(1).toString());
        assertEquals("{\"Type\":\"volume\",\"Name\":\"gone\",\"Source\":\"\",\"Destination\":\"/gone\","
                + "\"Driver\":\"local\",\"Mode\":\"z\",\"RW\":true,\"Propagation\":\"\"}", shown.get(2).toString(),
                "a volume that cannot be inspected any more still shows its name");
    }

    @Test
    void volumesWithAnotherDriverOptionsOrLabelsAreHostConfigMounts() {
        ContainerConfig config = ContainerConfig.builder("busybox").volumeDriver("nfs").mounts(List.of(
                Mount.volume("shared", "/shared", false, new VolumeOptions(false, "nfs",
                        Map.of("o", "addr=10.0.0.1", "device", ":/export"), Map.of("tier", "gold"))),
                Mount.volume("fast", "/fast", true, new VolumeOptions(false, "ssd", Map.of(), Map.of())),
                Mount.volume(null, "/scratch", false, new VolumeOptions(true, null, Map.of(), Map.of())),
                Mount.volume("plain", "/plain", false, new VolumeOptions(false, "nfs", Map.of(), Map.of())),
                Mount.volume("asked", "/asked", false, null))).build();
        List<MountJson.Resolved> resolved = mounts.resolve(config);
        ObjectNode host = json.createObjectNode();
        mounts.hostConfig(config, resolved, host);
        assertEquals("[\"plain:/plain\",\"asked:/asked\"]", host.get("Binds").toString(),
                "VolumeDriver gives their driver");
        assertEquals("[{\"Type\":\"volume\",\"Source\":\"shared\",\"Target\":\"/shared\",\"VolumeOptions\":{"
                + "\"Labels\":{\"tier\":\"gold\"},\"DriverConfig\":{\"Options\":{\"device\":\":/export\","
                + "\"o\":\"addr=10.0.0.1\"}}}},"
                + "{\"Type\":\"volume\",\"Source\":\"fast\",\"Target\":\"/fast\",\"ReadOnly\":true,"
                + "\"VolumeOptions\":{\"DriverConfig\":{\"Name\":\"ssd\"}}},"
                + "{\"Type\":\"volume\",\"Target\":\"/scratch\",\"VolumeOptions\":{\"NoCopy\":true}}]",
                host.get("Mounts").toString());
        assertEquals("nfs", host.get("VolumeDriver").asText());
        assertEquals("{}", mounts.volumes(config, resolved).toString());
        ArrayNode shown = mounts.mounts(config, resolved);
        assertEquals("nfs", shown.get(0).get("Driver").asText(), "the driver asked for, while it has no volume");
        assertEquals("", shown.get(0).get("Mode").asText(), "only the local driver's volumes show z");
        assertEquals("ssd", shown.get(1).get("Driver").asText());
        assertEquals("nocopy", shown.get(2).get("Mode").asText());
        assertEquals("nfs", shown.get(4).get("Driver").asText(), "the container's VolumeDriver");
    }
}
