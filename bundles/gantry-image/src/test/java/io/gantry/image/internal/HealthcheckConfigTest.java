package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ProgressListener;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.OciRunConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image's HEALTHCHECK (config.Healthcheck, durations in nanoseconds) reaches ImageConfig, and back. */
class HealthcheckConfigTest {
    @TempDir
    Path root;

    @Test
    void aLoadedImagesHealthcheckIsRead() throws IOException {
        Image checked = load("{\"Cmd\":[\"sh\"],\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"pg_isready\"],"
                + "\"Interval\":10000000000,\"Timeout\":5000000000,\"StartPeriod\":0,\"Retries\":5,"
                + "\"StartInterval\":1000000000}}", "db:1");
        assertEquals(new HealthConfig(List.of("CMD-SHELL", "pg_isready"), Duration.ofSeconds(10),
                Duration.ofSeconds(5), null, 5), checked.config().healthcheck());
        Image none = load("{\"Cmd\":[\"sh\"],\"Healthcheck\":{\"Test\":[\"NONE\"]}}", "off:1");
        assertEquals(HealthConfig.none(), none.config().healthcheck());
        assertNull(load("{\"Cmd\":[\"sh\"]}", "plain:1").config().healthcheck());
    }

    @Test
    void valuesDockerWouldRefuseInAContainerAreReadAsUnset() throws IOException {
        Image odd = load("{\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"],\"Interval\":5,\"Retries\":-1}}", "odd:1");
        assertEquals(new HealthConfig(List.of("CMD", "true"), null, null, null, null), odd.config().healthcheck());
    }

    @Test
    void aWrittenRunConfigCarriesTheHealthcheckAfterCmd() throws IOException {
        ImageConfig config = new ImageConfig(List.of("A=1"), null, List.of("sh"), null, null, Map.of(), null,
                List.of(), List.of(), new HealthConfig(List.of("CMD", "true"), Duration.ofMillis(1500), null, null, 2));
        String json = new ObjectMapper().readTree(CanonicalJson.write(OciRunConfig.from(config))).toString();
        assertEquals("{\"Env\":[\"A=1\"],\"Cmd\":[\"sh\"],\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"],"
                + "\"Interval\":1500000000,\"Retries\":2}}", json);
        assertEquals(config, CanonicalJson.read(CanonicalJson.write(OciRunConfig.from(config)), OciRunConfig.class,
                "run config").toImageConfig());
    }

    private Image load(String runConfig, String tag) throws IOException {
        byte[] layer = Tars.tar("etc/hostname", "x");
        String config = "{\"architecture\":\"amd64\",\"config\":" + runConfig + ",\"os\":\"linux\",\"rootfs\":"
                + "{\"type\":\"layers\",\"diff_ids\":[\"" + Digests.sha256(layer) + "\"]}}";
        byte[] archive = new TarBuilder().file("layer.tar", layer).file("config.json", config)
                .file("manifest.json", "[{\"Config\":\"config.json\",\"RepoTags\":[\"" + tag
                        + "\"],\"Layers\":[\"layer.tar\"]}]").bytes();
        GantryImageService images = TestConfigs.service(root.resolve(tag.replace(':', '-')));
        return images.load(new ByteArrayInputStream(archive), ProgressListener.NONE).get(0);
    }
}
