package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.Image;
import io.gantry.api.image.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gantry's archives read by skopeo, and skopeo's read by Gantry, with the image id kept throughout. */
class SkopeoInteropTest {
    private static final String TAG = "localhost/gantry/interop:1";

    @TempDir
    Path source;
    @TempDir
    Path target;
    @TempDir
    Path files;

    @Test
    void dockerArchiveCopiedToOciArchiveBySkopeoLoadsWithTheSameId() throws Exception {
        String id = LayeredImages.twoLayers(source, TAG, "skopeo");
        Path dockerArchive = save(ArchiveFormat.DOCKER, "docker.tar");
        Path ociArchive = files.resolve("oci.tar");

        skopeo("copy", "docker-archive:" + dockerArchive, "oci-archive:" + ociArchive + ":" + TAG);

        assertEquals(id, configDigest(skopeo("inspect", "--raw", "docker-archive:" + dockerArchive)));
        assertEquals(id, configDigest(skopeo("inspect", "--raw", "oci-archive:" + ociArchive)));
        assertEquals(2, new ObjectMapper().readTree(skopeo("inspect", "oci-archive:" + ociArchive))
                .get("Layers").size());
        List<Image> loaded;
        try (InputStream in = Files.newInputStream(ociArchive)) {
            loaded = TestConfigs.service(target).load(in, ProgressListener.NONE);
        }
        assertEquals(id, loaded.get(0).id());
        assertEquals(List.of(TAG), loaded.get(0).repoTags());
    }

    @Test
    void gantryOciArchiveIsReadableBySkopeo() throws Exception {
        String id = LayeredImages.twoLayers(source, TAG, "oci");
        Path ociArchive = save(ArchiveFormat.OCI, "gantry-oci.tar");
        Path copy = files.resolve("copy.tar");

        assertEquals(id, configDigest(skopeo("inspect", "--raw", "oci-archive:" + ociArchive + ":1")));
        skopeo("copy", "oci-archive:" + ociArchive + ":1", "docker-archive:" + copy + ":" + TAG);

        try (InputStream in = Files.newInputStream(copy)) {
            assertEquals(id, TestConfigs.service(target).load(in, ProgressListener.NONE).get(0).id());
        }
    }

    private Path save(ArchiveFormat format, String name) throws IOException {
        Path archive = files.resolve(name);
        try (OutputStream out = Files.newOutputStream(archive)) {
            TestConfigs.service(source).save(List.of(TAG), out, format);
        }
        return archive;
    }

    private static String configDigest(String manifestJson) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(manifestJson);
        return manifest.get("config").get("digest").asText();
    }

    /** Runs skopeo offline and returns its standard output, failing with its error output. */
    private String skopeo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("skopeo", "--tmpdir", files.toString()));
        command.addAll(List.of(args));
        Path err = files.resolve("skopeo.err");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("skopeo " + String.join(" ", args) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("skopeo " + String.join(" ", args) + " failed: " + Files.readString(err));
        }
        return out;
    }
}
