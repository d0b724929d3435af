package io.gantry.daemon.internal.route.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.image.ImageConfig;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.testkit.fake.FakeImages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Image inspect's Config and ContainerConfig, in the shape of a container's Config: docker-compose's recreate reads
 * ContainerConfig.Volumes to keep the data of the image's volumes.
 */
class ImageInspectTest extends ApiTestBase {
    @Test
    void configAndContainerConfigShowTheImagesRunDefaults() throws Exception {
        images.add("postgres:16", new ImageConfig(List.of("PATH=/bin", "PGDATA=/var/lib/postgresql/data"),
                List.of("docker-entrypoint.sh"), List.of("postgres"), "/srv", "postgres", Map.of("maintainer", "pg"),
                "SIGINT", List.of("5432/tcp"), List.of("/var/lib/postgresql/data")));
        String r = call("GET", "/images/postgres:16/json", null);
        assertEquals(200, status(r), r);
        JsonNode inspect = body(r);
        String config = "{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"postgres\",\"AttachStdin\":false,"
                + "\"AttachStdout\":false,\"AttachStderr\":false,\"ExposedPorts\":{\"5432/tcp\":{}},\"Tty\":false,"
                + "\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":[\"PATH=/bin\",\"PGDATA=/var/lib/postgresql/data\"],"
                + "\"Cmd\":[\"postgres\"],\"Image\":\"\",\"Volumes\":{\"/var/lib/postgresql/data\":{}},"
                + "\"WorkingDir\":\"/srv\",\"Entrypoint\":[\"docker-entrypoint.sh\"],\"OnBuild\":null,"
                + "\"Labels\":{\"maintainer\":\"pg\"},\"StopSignal\":\"SIGINT\"}";
        assertEquals(config, inspect.get("Config").toString());
        assertEquals(config, inspect.get("ContainerConfig").toString());
        assertEquals("", inspect.get("Container").asText());
    }

    @Test
    void anImageWithoutVolumesOrPortsShowsDockersEmptyValues() throws Exception {
        JsonNode inspect = body(call("GET", "/images/" + FakeImages.BUSYBOX.id() + "/json", null));
        assertEquals("{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"\",\"AttachStdin\":false,\"AttachStdout\":false,"
                + "\"AttachStderr\":false,\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":[\"PATH=/bin\"],"
                + "\"Cmd\":[\"sh\"],\"Image\":\"\",\"Volumes\":null,\"WorkingDir\":\"\",\"Entrypoint\":null,"
                + "\"OnBuild\":null,\"Labels\":{}}", inspect.get("ContainerConfig").toString());
        assertEquals(inspect.get("Config"), inspect.get("ContainerConfig"));
    }
}
