package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An anonymous volume the engine gave a folder shows in Config.Volumes and Mounts, not in Binds. */
class MountJsonTest {
    private static final String FOLDER = "/var/lib/gantry/containers/c1/volumes/0a1b";
    private final ObjectMapper json = new ObjectMapper();
    private final MountJson mounts = new MountJson(json);
    private final ContainerConfig config = ContainerConfig.builder("busybox").mounts(List.of(
            Mount.bind("/srv", "/srv", false), new Mount(Mount.Type.VOLUME, FOLDER, "/data", false),
            new Mount(Mount.Type.TMPFS, null, "/t", true, 1024L, 0700))).build();

    @Test
    void anonymousVolumesAreVolumesWithTheirFolderAsSource() {
        ObjectNode host = json.createObjectNode();
        mounts.hostConfig(config, host);
        assertEquals("[\"/srv:/srv\"]", host.get("Binds").toString());
        assertEquals("{\"/t\":\"ro,size=1024,mode=700\"}", host.get("Tmpfs").toString());
        assertEquals("{\"/data\":{}}", mounts.volumes(config).toString());
        assertEquals("{\"Type\":\"volume\",\"Name\":\"0a1b\",\"Driver\":\"local\",\"Source\":\"" + FOLDER + "\","
                + "\"Destination\":\"/data\",\"Mode\":\"\",\"RW\":true,\"Propagation\":\"\"}",
                mounts.mounts(config).get(1).toString());
    }
}
