package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.image.internal.content.Digests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportTest extends ImageServiceTest {
    private static final byte[] ROOTFS = Tars.tar("etc/hostname", "box\n", "hello.txt", "hello, world\n");

    @Test
    void plainAndGzipTarballsGiveTheSameUncompressedLayer() {
        Image plain = images.importRootfs(new ByteArrayInputStream(ROOTFS), "plain:1");
        Image gzipped = images.importRootfs(new ByteArrayInputStream(Tars.gzip(ROOTFS)), "gzipped:1");

        Layer layer = plain.layers().get(0);
        assertEquals(Digests.sha256(ROOTFS), layer.diffId());
        assertEquals(layer, gzipped.layers().get(0));
        assertEquals(layer.diffId(), layer.digest(), "stored uncompressed, so blob digest is the diff id");
        assertEquals(layer.diffId(), layer.chainId(), "the chain id of a base layer is its diff id");
        assertEquals("application/vnd.oci.image.layer.v1.tar", layer.mediaType());
        assertEquals(ROOTFS.length, layer.size());
        assertEquals(ROOTFS.length, plain.size());
        assertEquals(List.of("plain:1"), plain.repoTags());
        assertEquals(List.of("gzipped:1"), gzipped.repoTags());
    }

    @Test
    void importWritesAnOciManifestAndConfigWithoutCmd() throws IOException {
        Image image = images.importRootfs(new ByteArrayInputStream(ROOTFS), "app");
        assertNull(image.config().cmd());
        assertEquals(List.of("app:latest"), image.repoTags());

        byte[] configBytes = Files.readAllBytes(StoreFiles.blob(root, image.id()));
        assertEquals(image.id(), Digests.sha256(configBytes), "the image id is the config digest");
        JsonNode config = new ObjectMapper().readTree(configBytes);
        assertEquals("amd64", config.path("architecture").asText());
        assertEquals("linux", config.path("os").asText());
        assertEquals("layers", config.path("rootfs").path("type").asText());
        assertEquals(Digests.sha256(ROOTFS), config.path("rootfs").path("diff_ids").path(0).asText());
        assertTrue(config.path("config").path("Cmd").isMissingNode());
        assertEquals(1, config.path("history").size());
        assertEquals(image.created().toString(), config.path("created").asText());

        JsonNode manifest = new ObjectMapper().readTree(Files.readAllBytes(StoreFiles.blob(root, StoreFiles.manifestOf(root, "app:latest"))));
        assertEquals(2, manifest.path("schemaVersion").asInt());
        assertEquals("application/vnd.oci.image.manifest.v1+json", manifest.path("mediaType").asText());
        assertEquals("application/vnd.oci.image.config.v1+json", manifest.path("config").path("mediaType").asText());
        assertEquals(image.id(), manifest.path("config").path("digest").asText());
        assertEquals(configBytes.length, manifest.path("config").path("size").asLong());
        assertEquals(image.layers().get(0).digest(), manifest.path("layers").path(0).path("digest").asText());
    }

    @Test
    void importWithoutReferenceMakesAnUntaggedImage() {
        Image image = images.importRootfs(new ByteArrayInputStream(ROOTFS), null);
        assertEquals(List.of(), image.repoTags());
        assertEquals(image.id(), images.resolve(image.id()).id());
    }

    static Stream<Arguments> notTars() {
        byte[] text = "this is not a tar archive\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        return Stream.of(Arguments.of("text", text), Arguments.of("short text", "hi".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("empty", new byte[0]), Arguments.of("gzipped text", Tars.gzip(text)),
                Arguments.of("truncated gzip", Arrays.copyOf(Tars.gzip(ROOTFS), 40)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTars")
    void aNonTarInputIsRejectedAndLeavesNothingBehind(String what, byte[] input) throws IOException {
        InvalidArgumentException error = assertThrows(InvalidArgumentException.class,
                () -> images.importRootfs(new ByteArrayInputStream(input), "junk:1"));
        assertTrue(error.getMessage().startsWith("not a tar archive"), error.getMessage());
        assertEquals(Set.of(), StoreFiles.blobs(root));
        assertEquals(List.of(), StoreFiles.tempFiles(root));
        assertEquals(List.of(), images.list());
    }

    @Test
    void aMalformedReferenceIsRejectedBeforeAnythingIsStored() throws IOException {
        InvalidArgumentException error = assertThrows(InvalidArgumentException.class,
                () -> images.importRootfs(new ByteArrayInputStream(ROOTFS), "My App"));
        assertTrue(error.getMessage().contains("\"My App\""), error.getMessage());
        assertEquals(Set.of(), StoreFiles.blobs(root));
    }
}
