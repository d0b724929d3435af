package io.gantry.daemon.internal.route.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.Layer;
import io.gantry.api.volume.Volume;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.testkit.fake.FakeImages;
import io.gantry.testkit.fake.FakeVolumes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker system df's /system/df, and the build cache docker system prune empties. */
class DiskUsageRoutesTest extends ApiTestBase {
    @Test
    void diskUsageCountsSharedLayersAndTheContainersOfEachImage() throws Exception {
        Layer own = new Layer("sha256:" + "9".repeat(64), "sha256:" + "8".repeat(64), "sha256:7", 500, "tar");
        images.listed.add(new Image("sha256:" + "6".repeat(64), List.of("derived:1"), FakeImages.BUSYBOX.created(),
                2548, ImageConfig.EMPTY, List.of(FakeImages.LAYER, own)));
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        JsonNode df = body(call("GET", "/system/df", null));
        assertEquals(2548, df.get("LayersSize").asLong(), "each layer counts once");
        JsonNode busybox = df.get("Images").get(0);
        assertEquals(FakeImages.BUSYBOX.id(), busybox.get("Id").asText());
        assertEquals(2048, busybox.get("SharedSize").asLong());
        assertEquals(1, busybox.get("Containers").asInt());
        JsonNode derived = df.get("Images").get(1);
        assertEquals(2048, derived.get("SharedSize").asLong());
        assertEquals(0, derived.get("Containers").asInt());
        JsonNode container = df.get("Containers").get(0);
        assertEquals("/web", container.get("Names").get(0).asText());
        assertFalse(container.has("SizeRw"), "the writable layer's size is not known");
        assertEquals("[]", df.get("Volumes").toString());
        assertEquals("[]", df.get("BuildCache").toString());
    }

    @Test
    void eachVolumeComesWithItsSizeAndTheNumberOfContainersUsingIt() throws Exception {
        volumes.add("data");
        volumes.add(new Volume("db", "local", "/v/db", FakeVolumes.CREATED, Map.of("tier", "gold"), Map.of("o", "x"),
                "local"));
        volumes.users.put("db", List.of("c1", "c2"));
        JsonNode df = body(call("GET", "/system/df", null));
        assertEquals("[{\"CreatedAt\":\"2024-05-01T10:00:00Z\",\"Driver\":\"local\",\"Labels\":{},"
                + "\"Mountpoint\":\"/var/lib/gantry/volumes/data/_data\",\"Name\":\"data\",\"Options\":null,"
                + "\"Scope\":\"local\",\"UsageData\":{\"RefCount\":0,\"Size\":4096}},"
                + "{\"CreatedAt\":\"2024-05-01T10:00:00Z\",\"Driver\":\"local\",\"Labels\":{\"tier\":\"gold\"},"
                + "\"Mountpoint\":\"/v/db\",\"Name\":\"db\",\"Options\":{\"o\":\"x\"},\"Scope\":\"local\","
                + "\"UsageData\":{\"RefCount\":2,\"Size\":4096}}]", df.get("Volumes").toString());
        assertEquals(2048, df.get("LayersSize").asLong(), "volumes take no part in the layers' size");
    }

    @Test
    void theBuildCacheThatDockerSystemPruneEmptiesIsAlwaysEmpty() throws Exception {
        JsonNode pruned = body(call("POST", "/build/prune", null));
        assertEquals("[]", pruned.get("CachesDeleted").toString());
        assertEquals(0, pruned.get("SpaceReclaimed").asLong());
    }
}
