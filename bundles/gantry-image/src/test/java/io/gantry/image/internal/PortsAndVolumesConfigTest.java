package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ProgressListener;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.OciRunConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image config's ExposedPorts and Volumes reach ImageConfig, and the config survives save and load byte for byte. */
class PortsAndVolumesConfigTest {
    private static final String TAG = "web:1";

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void dockerArchiveConfigGivesPortsAndVolumesAndIsKeptVerbatim() throws IOException {
        byte[] layer = Tars.tar("data/seed", "seeded");
        String config = "{\"architecture\":\"amd64\",\"config\":{\"Env\":[\"PATH=/bin\"],\"Cmd\":[\"sh\"],"
                + "\"ExposedPorts\":{\"80/tcp\":{},\"53/udp\":{}},\"Volumes\":{\"/data\":{}},\"WorkingDir\":\"\"},"
                + "\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + Digests.sha256(layer)
                + "\"]}}";
        byte[] archive = new TarBuilder().file("layer.tar", layer).file("config.json", config)
                .file("manifest.json", "[{\"Config\":\"config.json\",\"RepoTags\":[\"" + TAG
                        + "\"],\"Layers\":[\"layer.tar\"]}]").bytes();

        GantryImageService loading = TestConfigs.service(first);
        Image loaded = loading.load(new ByteArrayInputStream(archive), ProgressListener.NONE).get(0);
        assertEquals(List.of("80/tcp", "53/udp"), loaded.config().exposedPorts());
        assertEquals(List.of("/data"), loaded.config().volumes());
        assertEquals(Digests.sha256(config), loaded.id());

        byte[] oci = SaveLoadTest.save(loading, ArchiveFormat.OCI, TAG);
        GantryImageService reloading = TestConfigs.service(second);
        Image again = reloading.load(new ByteArrayInputStream(oci), ProgressListener.NONE).get(0);
        assertEquals(loaded.config(), again.config());
        assertArrayEquals(config.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(StoreFiles.blob(second, again.id())));
    }

    @Test
    void writtenRunConfigUsesTheObjectFormWithOciFieldOrder() throws IOException {
        ImageConfig config = new ImageConfig(List.of("A=1"), null, List.of("sh"), null, null, Map.of(), null,
                List.of("8080/tcp"), List.of("/var/lib/x"));

        JsonNode json = new ObjectMapper().readTree(CanonicalJson.write(OciRunConfig.from(config)));

        assertEquals("{\"ExposedPorts\":{\"8080/tcp\":{}},\"Env\":[\"A=1\"],\"Cmd\":[\"sh\"],"
                + "\"Volumes\":{\"/var/lib/x\":{}}}", json.toString());
        assertEquals(config, CanonicalJson.read(CanonicalJson.write(OciRunConfig.from(config)), OciRunConfig.class,
                "run config").toImageConfig());
    }
}
