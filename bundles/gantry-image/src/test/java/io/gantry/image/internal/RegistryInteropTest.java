package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What other tools see of our pushes, and images made by others (an index) that we pull. */
class RegistryInteropTest extends LocalRegistryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path scratch;
    String repo;

    @BeforeEach
    void nameTheRepository() {
        repo = registry.host() + "/gantry/multi";
    }

    @Test
    void skopeoCopiesWhatWasPushed() throws Exception {
        LayeredImages.twoLayers(root, repo + ":1", "v1");
        GantryImageService images = TestConfigs.service(root);
        Image image = images.resolve(repo + ":1");
        images.push(repo + ":1", PushOptions.DEFAULTS, ProgressListener.NONE);

        Path layout = scratch.resolve("layout");
        run("skopeo", "copy", "--src-tls-verify=false", "docker://" + repo + ":1", "oci:" + layout + ":copied");

        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        String manifestDigest = index.get("manifests").get(0).get("digest").asText();
        JsonNode manifest = JSON.readTree(layout.resolve("blobs/sha256").resolve(manifestDigest.substring(7)).toFile());
        List<String> copiedLayers = new ArrayList<>();
        manifest.get("layers").forEach(layer -> copiedLayers.add(layer.get("digest").asText()));
        assertEquals(image.layers().stream().map(Layer::digest).toList(), copiedLayers);
        assertEquals(image.id(), manifest.get("config").get("digest").asText());
    }

    @Test
    void pullsDockerSchema2Manifests() throws Exception {
        LayeredImages.twoLayers(root, repo + ":1", "v1");
        GantryImageService images = TestConfigs.service(root);
        List<String> diffIds = images.resolve(repo + ":1").layers().stream().map(Layer::diffId).toList();
        images.push(repo + ":1", PushOptions.DEFAULTS, ProgressListener.NONE);
        run("skopeo", "copy", "--src-tls-verify=false", "--dest-tls-verify=false", "--format", "v2s2",
                "docker://" + repo + ":1", "docker://" + registry.host() + "/gantry/docker:v2s2");
        images.remove(repo + ":1", false);

        Image pulled = images.pull(registry.host() + "/gantry/docker:v2s2", PullOptions.DEFAULTS,
                ProgressListener.NONE);

        assertEquals(diffIds, pulled.layers().stream().map(Layer::diffId).toList());
        assertEquals(List.of(MediaTypes.DOCKER_LAYER_TAR_GZIP, MediaTypes.DOCKER_LAYER_TAR_GZIP),
                pulled.layers().stream().map(Layer::mediaType).toList());
        try (InputStream top = images.openLayer(pulled.layers().get(1))) {
            assertTrue(Tars.entries(top).containsKey("var/cache/.wh..wh..opq"));
        }
    }

    @Test
    void indexPullPicksThePlatform() throws Exception {
        String amd64 = LayeredImages.twoLayers(root, repo + ":amd64", "amd64");
        String arm64 = LayeredImages.twoLayers(root, repo + ":arm64", "arm64");
        GantryImageService images = TestConfigs.service(root);
        images.push(repo + ":amd64", PushOptions.DEFAULTS, ProgressListener.NONE);
        images.push(repo + ":arm64", PushOptions.DEFAULTS, ProgressListener.NONE);
        putIndex("multi", List.of(manifestEntry("amd64"), manifestEntry("arm64")));
        images.remove(repo + ":amd64", false);
        images.remove(repo + ":arm64", false);

        assertEquals(amd64, images.pull(repo + ":multi", PullOptions.DEFAULTS, ProgressListener.NONE).id());
        assertEquals(arm64, images.pull(repo + ":multi", new PullOptions("linux/arm64", null),
                ProgressListener.NONE).id());
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> images.pull(repo + ":multi", new PullOptions("linux/s390x", null), ProgressListener.NONE));
        assertEquals("no manifest for platform linux/s390x in " + repo + ":multi", missing.getMessage());
    }

    @Test
    void pushToAnotherRepositoryMountsKnownBlobs() throws Exception {
        LayeredImages.twoLayers(root, repo + ":1", "v1");
        GantryImageService images = TestConfigs.service(root);
        List<Layer> layers = images.resolve(repo + ":1").layers();
        images.push(repo + ":1", PushOptions.DEFAULTS, ProgressListener.NONE);
        String other = registry.host() + "/gantry/other:1";
        images.tag(repo + ":1", other);

        PullPushTest.RecordingListener progress = new PullPushTest.RecordingListener();
        images.push(other, PushOptions.DEFAULTS, progress);

        assertTrue(progress.events.contains("mounted " + layers.get(0).digest() + " from " + repo), progress.events
                .toString());
        assertEquals(layers, images.pull(other, PullOptions.DEFAULTS, ProgressListener.NONE).layers());
    }

    private String manifestEntry(String tag) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://" + registry.host() + "/v2/gantry/multi/manifests/" + tag))
                .header("Accept", MediaTypes.MANIFEST).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return "{\"mediaType\":\"" + MediaTypes.MANIFEST + "\",\"digest\":\"" + Digests.sha256(response.body())
                + "\",\"size\":" + response.body().length + ",\"platform\":{\"os\":\"linux\",\"architecture\":\""
                + tag + "\"}}";
    }

    private void putIndex(String tag, List<String> entries) throws Exception {
        String index = "{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.INDEX + "\",\"manifests\":["
                + String.join(",", entries) + "]}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://" + registry.host() + "/v2/gantry/multi/manifests/" + tag))
                .header("Content-Type", MediaTypes.INDEX)
                .PUT(HttpRequest.BodyPublishers.ofString(index)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    private void run(String... command) throws IOException, InterruptedException {
        Path output = scratch.resolve("command.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
        }
        assertEquals(0, process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
